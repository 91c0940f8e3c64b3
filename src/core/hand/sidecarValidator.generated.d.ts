// Types of the generated validator (scripts/build-validators.mjs).
import type { ErrorObject } from 'ajv';

/** Validates a sidecar file's parsed JSON against schema/sidecar.schema.json; sets `errors` when false. */
declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
export default validate;
