import { DomUtils, parseDocument } from 'htmlparser2';
import type { Document, Element } from 'domhandler';

/** A feed or list that could not be read; the message says why, the caller adds the URL. */
export class FeedFormatError extends Error {}

/**
 * Parses untrusted XML. Entity declarations are refused outright: internal DTD entities are how "billion laughs"
 * (exponential expansion) and external-entity (XXE) attacks work, and no real feed needs them. htmlparser2 never
 * expands custom entities or fetches DTDs anyway; refusing them turns an attack into a clear error instead of a
 * feed that silently parses to garbage.
 */
export function parseXml(text: string): Document {
  if (/<!ENTITY/i.test(text)) throw new FeedFormatError('XML declares entities in a DTD; refused (entity-expansion / billion-laughs protection)');
  if (/<!DOCTYPE[^>]*\[/i.test(text)) throw new FeedFormatError('XML has an internal DTD subset; refused (entity-expansion protection)');
  return parseDocument(text, { xmlMode: true, decodeEntities: true, recognizeCDATA: true });
}

/** Local name of an element ("content:encoded" → "encoded"), lower-cased: feeds vary in prefixes and case. */
export function localName(el: Element): string {
  return el.name.replace(/^.*:/, '').toLowerCase();
}

export function childElements(el: Element | Document, name?: string): Element[] {
  return (el.children.filter((c) => c.type === 'tag') as Element[]).filter((c) => name === undefined || localName(c) === name);
}

export function firstChild(el: Element, ...names: string[]): Element | undefined {
  for (const name of names) {
    const hit = el.children.find((c): c is Element => c.type === 'tag' && (c as Element).name.toLowerCase() === name);
    if (hit) return hit;
  }
  for (const name of names) {
    const hit = childElements(el, name.replace(/^.*:/, ''))[0];
    if (hit) return hit;
  }
  return undefined;
}

export function textOf(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  const t = DomUtils.textContent(el).trim();
  return t === '' ? undefined : t;
}

export function findAll(doc: Document | Element, name: string): Element[] {
  return DomUtils.findAll((el) => localName(el) === name, doc.children);
}
