// Types of scripts/provision.mjs, for its unit test.
export declare const CODE_SERVER_VERSION: string;
export interface ProvisionFacts {
  readonly browser: boolean;
  readonly chromiumPath?: string;
  readonly chromiumPresent: boolean;
  readonly codeServerReady: boolean;
  readonly krb5Present: boolean;
}
export type InstallPlan =
  | { readonly kind: 'none' }
  | { readonly kind: 'run'; readonly commands: string[][] }
  | { readonly kind: 'manual'; readonly message: string };
export declare function missingPackages(facts: ProvisionFacts): string[];
export declare function installPlan(missing: readonly string[], host: { uid: number; sudo: boolean; apt: boolean }): InstallPlan;
export declare function cleanNpmEnv(env: Readonly<Record<string, string | undefined>>): Record<string, string | undefined>;
export declare function codeServerDir(env?: Readonly<Record<string, string | undefined>>, version?: string): string;
export declare function provision(options: { browser: boolean }): string | undefined;
