import { expect, test } from './fixtures';
import { completeCheck, locales, messages, option, optionLabel, questionGroups, stepHeading, steps } from './helpers';
import { expectNoAxeViolations } from './support/axe';

for (const locale of locales) {
  const t = messages[locale];

  test.describe(`accessibility in ${locale}`, () => {
    test(`the landing page has no axe violations (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.getByRole('heading', { level: 1, name: t.landing.title })).toBeVisible();
      await expectNoAxeViolations(page, `/${locale}`);
    });

    test(`a step of the check has no axe violations (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/check`);
      await expect(stepHeading(page, locale, 1)).toBeVisible();
      await expect(questionGroups(page).first()).toBeVisible();
      await expectNoAxeViolations(page, `/${locale}/check, step 1`);
    });

    test(`the error state of a step has no axe violations (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/check`);
      await expect(stepHeading(page, locale, 1)).toBeVisible();
      // One statement answered, the rest (the two choices included) left open.
      await option(page, locale, steps[0]!.items[0]!.id, 3).check();
      await page.getByRole('button', { name: t.check.next, exact: true }).click();
      await expect(page.getByRole('alert', { name: t.check.errorSummaryTitle })).toBeFocused();
      await expectNoAxeViolations(page, `/${locale}/check with the error summary`);
    });

    test(`the results have no axe violations (${locale})`, async ({ page }) => {
      // One «Weiss nicht» in culture: every topic scored, a verdict on both axes.
      await completeCheck(page, locale, (step, question) =>
        optionLabel(locale, step === 3 && question === 1 ? 'unknown' : ((((step + question) % 5) + 1) as 1 | 2 | 3 | 4 | 5)),
      );
      await expect(page.getByTestId('overall-score')).toBeVisible();
      await expectNoAxeViolations(page, `/${locale}/results`);
    });

    test(`the results with a topic lacking answers and an open need have no axe violations (${locale})`, async ({ page }) => {
      await completeCheck(page, locale, (step, question) =>
        optionLabel(locale, step === 0 || (step === 3 && question > 0) ? 'unknown' : ((((step + question) % 5) + 1) as 1 | 2 | 3 | 4 | 5)),
      );
      await expect(page.getByText(t.verdict.needOpen, { exact: true })).toBeVisible();
      await expect(page.getByTestId('overall-score')).toHaveCount(0);
      await expectNoAxeViolations(page, `/${locale}/results`);
    });

    test(`the Methode page has no axe violations (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/methode`);
      await expect(page.getByRole('heading', { level: 1, name: t.method.title })).toBeVisible();
      await expectNoAxeViolations(page, `/${locale}/methode`);
    });
  });
}
