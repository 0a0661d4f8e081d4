import type { Client } from '@/lib/schemas';

/** Picks one of the coach's clients by name; a labelled native select. */
export function ClientSelect({
  id,
  label,
  clients,
  value,
  onChange,
}: {
  id: string;
  label: string;
  clients: readonly Pick<Client, 'id' | 'name'>[];
  value: string;
  onChange: (clientId: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {clients.map((client) => (
          <option key={client.id} value={client.id}>
            {client.name}
          </option>
        ))}
      </select>
    </div>
  );
}
