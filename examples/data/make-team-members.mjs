// @ts-check
/**
 * Writes data/team-members.csv: 10,000 made-up team members for the demo. Deterministic, so the
 * committed file only changes when this script does. `node data/make-team-members.mjs`
 */
import { writeFileSync } from 'node:fs';

const first = [
  'Ana',
  'Ben',
  'Chloé',
  'Dev',
  'Eun-ji',
  'Femi',
  'Greta',
  'Hiro',
  'Ines',
  'Jonas',
  'Kai',
  'Lena',
];
const last = [
  'Adeyemi',
  'Berg',
  'Castro',
  'Dubois',
  'Eriksen',
  'Fischer',
  'García',
  'Hansen',
  'Ito',
  'Jensen',
];
const titles = [
  'Account Executive',
  'Sales Development Rep',
  'Sales Manager',
  'Solutions Engineer',
];
const teams = ['EMEA Enterprise', 'EMEA Mid-Market', 'NA Enterprise', 'NA SMB', 'APAC'];

const rows = ['external_id,first_name,last_name,email,title,team,manager_email,start_date'];
for (let i = 1; i <= 10_000; i++) {
  const f = first[i % first.length];
  const l = last[(i * 7) % last.length];
  const manager = i <= 50 ? '' : `rep${String((i % 50) + 1).padStart(5, '0')}@example.com`;
  const start = new Date(Date.UTC(2018, 0, 1) + ((i * 7919) % 2500) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const email = `rep${String(i).padStart(5, '0')}@example.com`;
  rows.push(
    [
      `EMP-${String(i).padStart(5, '0')}`,
      f,
      l,
      email,
      titles[i % titles.length],
      teams[i % teams.length],
      manager,
      start,
    ].join(','),
  );
}
writeFileSync(new URL('./team-members.csv', import.meta.url), `${rows.join('\n')}\n`);
