/**
 * Reads an HTML page as a browser does: parse5 is the WHATWG HTML parser (the algorithm browsers
 * run), so a string that would break out of its element in a browser breaks out here too. Small
 * helpers stand in for the DOM's query methods.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

export type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;

export interface ParsedPage {
  readonly document: DefaultTreeAdapterTypes.Document;
  /** Problems the parser reported: a page crosswalk writes has none. */
  readonly errors: readonly string[];
}

export function parsePage(text: string): ParsedPage {
  const errors: string[] = [];
  const document = parse(text, { onParseError: (error) => errors.push(`${error.code} at ${error.startLine}:${error.startCol}`) });
  return { document, errors };
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

/** Every element under `root`, in document order. */
export function elements(root: Node): Element[] {
  const found: Element[] = [];
  const visit = (node: Node) => {
    if (isElement(node)) found.push(node);
    const children = 'childNodes' in node ? node.childNodes : [];
    // <template> content is a separate fragment in parse5.
    for (const child of children) visit(child);
  };
  visit(root);
  return found;
}

export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

export function classes(element: Element): string[] {
  return (attribute(element, 'class') ?? '').split(/\s+/).filter((name) => name !== '');
}

/** Elements matching a tag name and, optionally, a class. */
export function select(root: Node, tag: string, className?: string): Element[] {
  return elements(root).filter((element) => element.tagName === tag && (className === undefined || classes(element).includes(className)));
}

export function byId(root: Node, id: string): Element | undefined {
  return elements(root).find((element) => attribute(element, 'id') === id);
}

/** The text a reader sees (its text nodes joined, whitespace collapsed). */
export function text(node: Node): string {
  const parts: string[] = [];
  const visit = (current: Node) => {
    if (current.nodeName === '#text') parts.push((current as DefaultTreeAdapterTypes.TextNode).value);
    if ('childNodes' in current) for (const child of current.childNodes) visit(child);
  };
  visit(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
