// Types of the generated validator (scripts/build-validators.mjs).
import type { ErrorObject } from 'ajv';

/** Validates a pairs file's parsed JSON against schema/pairs-file.schema.json; sets `errors` when false. */
declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
export default validate;
