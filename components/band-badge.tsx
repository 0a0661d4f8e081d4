import { bandIds, type BandId } from '@/lib/content-ids';

/** A level's name with a filled-segments mark, readable without colour (black-and-white printers). */
export function BandBadge({ band, name }: { band: BandId; name: string }) {
  const level = bandIds.indexOf(band) + 1;
  return (
    <span className={`band band--${band}`}>
      <span className="band__meter" aria-hidden="true">
        {bandIds.map((id, index) => (
          <span key={id} className={index < level ? 'band__seg band__seg--on' : 'band__seg'} />
        ))}
      </span>
      {name}
    </span>
  );
}
