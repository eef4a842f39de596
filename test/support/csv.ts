/** Reads CSV back the way a strict consumer would, to prove what crosswalk writes is RFC 4180. */

/** A strict RFC 4180 reader: CRLF record ends, quotes only around whole fields, "" inside them. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let index = 0;
  while (index < text.length) {
    const character = text[index]!;
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
      } else if (character === '"') {
        quoted = false;
        index++;
        if (![',', '\r', undefined].includes(text[index])) throw new Error(`text after a closing quote at ${index}`);
      } else {
        field += character;
        index++;
      }
    } else if (character === '"') {
      if (field !== '') throw new Error(`a quote inside an unquoted field at ${index}`);
      quoted = true;
      index++;
    } else if (character === ',') {
      record.push(field);
      field = '';
      index++;
    } else if (character === '\r' && text[index + 1] === '\n') {
      records.push([...record, field]);
      record = [];
      field = '';
      index += 2;
    } else if (character === '\r' || character === '\n') {
      throw new Error(`a bare line break outside quotes at ${index}`);
    } else {
      field += character;
      index++;
    }
  }
  if (quoted) throw new Error('an unterminated quoted field');
  if (field !== '' || record.length > 0) throw new Error('the last record does not end in CRLF');
  return records;
}
