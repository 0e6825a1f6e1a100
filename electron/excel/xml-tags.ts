/**
 * A small streaming tokenizer over a part's inflated bytes, for counting what exceljs would build
 * before it builds it. It reads tags and their attributes, not a full XML parse: a part it cannot
 * follow is left to exceljs, whose errors are reported at the boundary (load-workbook.ts).
 *
 * Chunks arrive as latin1 strings of the UTF-8 bytes (one char per byte: cheap, and tag names and
 * the attributes read here are ASCII); text keeps its bytes for counting characters.
 */
export interface TagListener {
  open(name: string, attrs: string, selfClosing: boolean): void
  close(name: string): void
  /** raw text between tags (entities not decoded), only while `wantsText` is true */
  text(s: string, start: number, end: number): void
  wantsText: boolean
}

/** Why a part is refused by the tokenizer itself. */
export class XmlRefusal extends Error {
  constructor(readonly reason: 'doctype' | 'tag-too-long') {
    super(reason)
  }
}

/** Longer than any tag Excel writes (a long sqref list is the largest); beyond it the part is hostile. */
const MAX_TAG = 1024 * 1024

export class XmlTags {
  private pending = ''

  constructor(private readonly to: TagListener) {}

  feed(chunk: Buffer): void {
    const s = this.pending + chunk.toString('latin1')
    this.pending = ''
    const n = s.length
    let i = 0
    while (i < n) {
      const lt = s.indexOf('<', i)
      if (lt < 0) {
        if (this.to.wantsText) this.to.text(s, i, n)
        return
      }
      if (lt > i && this.to.wantsText) this.to.text(s, i, lt)
      const end = this.construct(s, lt)
      if (end < 0) {
        if (n - lt > MAX_TAG) throw new XmlRefusal('tag-too-long')
        this.pending = s.slice(lt)
        return
      }
      i = end
    }
  }

  /** Handles the construct starting at `<`; answers where the next one starts, -1 when incomplete. */
  private construct(s: string, lt: number): number {
    const c1 = s.charCodeAt(lt + 1)
    if (Number.isNaN(c1)) return -1
    if (c1 === 0x21 /* ! */) {
      if (s.length < lt + 9) return -1
      if (s.startsWith('<!--', lt)) {
        const e = s.indexOf('-->', lt + 4)
        return e < 0 ? -1 : e + 3
      }
      if (s.startsWith('<![CDATA[', lt)) {
        const e = s.indexOf(']]>', lt + 9)
        if (e < 0) return -1
        if (this.to.wantsText) this.to.text(s, lt + 9, e)
        return e + 3
      }
      // a DOCTYPE or ENTITY declaration: Excel never writes one, and it is how entity bombs start
      throw new XmlRefusal('doctype')
    }
    if (c1 === 0x3f /* ? */) {
      const e = s.indexOf('?>', lt + 2)
      return e < 0 ? -1 : e + 2
    }
    const gt = tagEnd(s, lt + 1)
    if (gt < 0) return -1
    if (c1 === 0x2f /* / */) {
      this.to.close(localName(s.slice(lt + 2, gt).trim()))
      return gt + 1
    }
    const selfClosing = s.charCodeAt(gt - 1) === 0x2f
    const body = s.slice(lt + 1, selfClosing ? gt - 1 : gt)
    const sp = body.search(/[\s/]/)
    const name = sp < 0 ? body : body.slice(0, sp)
    this.to.open(localName(name), sp < 0 ? '' : body.slice(sp), selfClosing)
    if (selfClosing) this.to.close(localName(name))
    return gt + 1
  }
}

/** The `>` that ends a tag, skipping any inside quoted attribute values. */
function tagEnd(s: string, from: number): number {
  let quote = 0
  for (let j = from; j < s.length; j++) {
    const c = s.charCodeAt(j)
    if (quote) {
      if (c === quote) quote = 0
    } else if (c === 0x22 || c === 0x27) quote = c
    else if (c === 0x3e) return j
  }
  return -1
}

function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon < 0 ? name : name.slice(colon + 1)
}

const attrPatterns = new Map<string, RegExp>()

/** One attribute's raw value, or undefined. */
export function attr(attrs: string, name: string): string | undefined {
  if (attrs.length === 0) return undefined
  let re = attrPatterns.get(name)
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
    attrPatterns.set(name, re)
  }
  const m = re.exec(attrs)
  return m ? (m[1] ?? m[2]) : undefined
}

/**
 * Counts the characters of raw UTF-8 text as Excel does (UTF-16 units, an entity as one), across
 * chunks, keeping the first bytes to quote in a message.
 */
export class TextMeter {
  length = 0
  private head = ''
  private inEntity = false

  reset(): void {
    this.length = 0
    this.head = ''
    this.inEntity = false
  }

  add(s: string, start: number, end: number): void {
    if (this.head.length < 96) this.head += s.slice(start, Math.min(end, start + 96 - this.head.length))
    let len = this.length
    let inEntity = this.inEntity
    for (let i = start; i < end; i++) {
      const c = s.charCodeAt(i)
      if (inEntity) {
        if (c === 0x3b /* ; */) inEntity = false
        continue
      }
      if (c === 0x26 /* & */) {
        inEntity = true
        len++
      } else if (c < 0x80 || c >= 0xc0) len += c >= 0xf0 ? 2 : 1
    }
    this.length = len
    this.inEntity = inEntity
  }

  /** The text's first characters, decoded, for quoting (shortened with …). */
  quote(chars = 20): string {
    const text = Buffer.from(this.head, 'latin1')
      .toString('utf8')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&')
      .replace(/\uFFFD+$/, '')
    return `${[...text].slice(0, chars).join('')}…`
  }

  /** The text itself when short (a shared-string index, a number). */
  get raw(): string {
    return this.head
  }
}
