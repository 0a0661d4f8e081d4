import { chromium } from '@playwright/test';
import fs from 'node:fs';
const [,, base, out, width = '1440', height = '900', mode = 'screen', path = '/de/results', locale = 'de'] = process.argv;
const ids = fs.readFileSync('/tmp/items.txt', 'utf8').trim().split('\n');
const vals = [5,4,3,2,4,5,3,4,2,1,'unknown',3,4,5,4,3,2,2,3,4,5,1,2,3,4,3,4,5,4,3,2,3,4,4,5,3,2,4];
const answers = Object.fromEntries(ids.map((id, i) => [id, vals[i % vals.length]]));
const now = '2026-11-20T09:30:00.000Z';
const current = { id: 'a1', createdAt: now, updatedAt: now, respondent: 'owner', coachMode: false,
  profile: { companyName: 'Schreinerei Muster AG', industry: 'Holzbau', size: '10-49', market: 'b2b' },
  answers, notes: { time: 'Frau Meier hat ab Januar zwei Stunden pro Woche. <script>alert(1)</script> "Zitat"' }, actionPlan: { steps: {} } };
const a2answers = Object.fromEntries(ids.map((id, i) => [id, Math.min(5, (typeof vals[i % vals.length] === 'number' ? vals[i % vals.length] : 2) + (i % 3 === 0 ? 1 : 0))]));
const clients = [{ id: 'c1', name: 'Bäckerei Müller', createdAt: now, profile: { companyName: 'Bäckerei Müller GmbH', industry: 'Lebensmittel' }, targets: { time: 70, strategy: 80 },
  assessments: [ { ...current, id: 'x1', createdAt: '2026-05-10T09:00:00.000Z', updatedAt: '2026-05-10T09:00:00.000Z', coachMode: true },
                 { ...current, id: 'x2', answers: a2answers, createdAt: '2026-11-10T09:00:00.000Z', updatedAt: '2026-11-10T09:00:00.000Z', coachMode: true, respondent: 'coach', coachName: 'Anna Coach' } ] }];
const env = { version: 2, savedAt: now, data: { current, clients } };
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await browser.newPage({ viewport: { width: +width, height: +height } });
const errors = [];
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.type() + ': ' + m.text()); });
page.on('pageerror', (e) => errors.push('pageerror: ' + e.message));
await page.addInitScript((e) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem('smc:workspace', JSON.stringify(e)); sessionStorage.setItem('seeded', '1'); } }, env);
await page.goto(base + path, { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
if (mode === 'print') {
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: out.replace('.png', '.pdf'), format: 'A4', preferCSSPageSize: true, printBackground: true });
} else {
  const y = Number(process.env.SCROLL ?? '-1'); if (y >= 0) { await page.evaluate((y) => window.scrollTo(0, y), y); await page.waitForTimeout(200); await page.screenshot({ path: out }); } else await page.screenshot({ path: out, fullPage: true });
}
console.log(errors.join('\n') || 'no errors');
await browser.close();
