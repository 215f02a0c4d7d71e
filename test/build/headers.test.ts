import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attribute, builtPages, dist } from './site.ts';

const pages = builtPages();
const headers = readFileSync(`${dist}_headers`, 'utf8');

describe('security headers', () => {
	it.each([...pages.keys()])('%s carries a Content-Security-Policy meta before any script or style', (file) => {
		const elements = pages.get(file)!;
		const metaIndex = elements.findIndex((element) => attribute(element, 'http-equiv') === 'Content-Security-Policy');
		expect(metaIndex).toBeGreaterThan(-1);
		const firstCode = elements.findIndex((element) => ['script', 'style', 'link'].includes(element.tagName));
		expect(metaIndex).toBeLessThan(firstCode);
		const policy = attribute(elements[metaIndex]!, 'content')!;
		for (const directive of ["default-src 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "connect-src 'self'", "'wasm-unsafe-eval'"]) {
			expect(policy).toContain(directive);
		}
		expect(policy).not.toContain('frame-ancestors');
		expect(policy).not.toContain("'unsafe-inline'");
	});

	it('_headers gives every page its policy with frame-ancestors, and the site-wide headers', () => {
		for (const header of ['Referrer-Policy: no-referrer', 'X-Content-Type-Options: nosniff', 'Permissions-Policy: ']) {
			expect(headers).toContain(header);
		}
		const policies = headers.match(/Content-Security-Policy: .*/g) ?? [];
		expect(policies).toHaveLength(pages.size);
		for (const policy of policies) expect(policy).toContain("frame-ancestors 'none'");
	});
});
