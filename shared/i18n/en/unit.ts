import type { unitMessages as zh } from '../zh-CN/unit'

export const unitMessages: Record<keyof typeof zh, string> = {
  'method.unit-get': 'view the unit\'s details',
  'method.unit-set': 'change the unit\'s details',
  'unit.input.nameMissing': 'Enter the unit\'s name',
  'unit.input.nameTooLong': 'The unit\'s name can be at most 100 characters',
  'unit.input.parentTooLong': 'The parent unit\'s name can be at most 100 characters',
  'unit.input.codeLength': 'The unified social credit code “{value}” is not 18 characters long (it has {length})',
  'unit.input.codeCharacters': 'The unified social credit code “{value}” has characters that cannot be used: only digits and upper-case letters other than I, O, S, V, Z',
  'unit.input.codeCheck': 'The last (check) character of the unified social credit code “{value}” is wrong (the first 17 give “{expected}”); check the business licence or registration certificate',
  'unit.card.title': 'Our unit',
  'unit.card.help': 'The unit\'s name is written in the title and the Notes sheet of every exported workbook; until it is set, “Our unit” is written.',
  'unit.card.name': 'Unit name',
  'unit.card.parent': 'Parent unit',
  'unit.card.creditCode': 'Unified social credit code',
  'unit.card.optional': 'optional',
  'unit.card.saved': 'Unit details saved: {name}',
  'unit.cli.show': 'Unit name: {name}; parent unit: {parent}; unified social credit code: {creditCode}',
  'unit.cli.unset': '(not set)',
  'unit.cli.saved': 'Unit details saved: {name}',
  'unit.cli.usage': 'Usage: kaohe unit set --name NAME [--parent NAME] [--credit-code CODE] | kaohe unit show [--json]',
}
