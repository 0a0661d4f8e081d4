/** A verbatim quotation from the source articles (always German), its translation where there is one, and its source. */
export function Quotation({ original, translation, source }: { original: string; translation: string | null; source: string }) {
  return (
    <figure className="quote">
      <blockquote lang="de-CH">
        <p>«{original}»</p>
      </blockquote>
      {translation && <p className="quote__translation">{translation}</p>}
      <figcaption>— {source}</figcaption>
    </figure>
  );
}
