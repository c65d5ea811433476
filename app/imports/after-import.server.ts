/**
 * What happens after an import commits, for every door (CLI, web page, demo). The analyzer
 * registers itself here (`setAfterImport(analyzeWorkspace)`) so the import path does not
 * depend on it; until then this does nothing.
 */
type AfterImport = (workspaceId: number) => void | Promise<void>;

let hook: AfterImport | undefined;

export function setAfterImport(next: AfterImport | undefined): void {
  hook = next;
}

export async function afterImport(workspaceId: number): Promise<void> {
  await hook?.(workspaceId);
}
