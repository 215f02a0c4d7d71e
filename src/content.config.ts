import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
	docs: defineCollection({
		loader: glob({ pattern: '**/*.{md,mdx}', base: './content' }),
		schema: docsSchema({
			extend: z.object({
				/** When a person last checked the page against the platforms it describes; shown under the title. */
				lastVerified: z.coerce.date().optional(),
			}),
		}),
	}),
};
