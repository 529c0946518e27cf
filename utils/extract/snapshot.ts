/**
 * Placeholder until issue 6 lands the bounded snapshot: a detached copy of the page that
 * extraction may mutate freely, so the page the user is reading is never touched.
 */
export function snapshotDocument(doc: Document): Document {
  return doc.cloneNode(true) as Document;
}
