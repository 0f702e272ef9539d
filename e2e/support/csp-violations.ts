import type { Page } from '@playwright/test';

export interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

/**
 * Records every securitypolicyviolation the page sees, from its first script on, and every console
 * line that reports one; the returned function reads both.
 */
export async function recordViolations(
  page: Page,
): Promise<() => Promise<{ violations: Violation[]; console: string[] }>> {
  const consoleMessages: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) {
      consoleMessages.push(message.text());
    }
  });
  await page.addInitScript(() => {
    const seen: { directive: string; blocked: string; source: string }[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
      });
    });
  });
  return async () => ({
    violations: await page.evaluate(
      () => (window as unknown as { __cspViolations: Violation[] }).__cspViolations,
    ),
    console: consoleMessages,
  });
}
