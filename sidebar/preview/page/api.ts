// The page's calls to the preview server (server.ts). Every change answers with the new WorkbookView.
import type { RunReply, WorkbookView } from '../viewTypes';

async function request<T>(method: 'GET' | 'POST', url: string, body?: BodyInit, type = 'application/json'): Promise<T> {
  const response = await fetch(url, { method, body, headers: body === undefined ? {} : { 'Content-Type': type } });
  const answer = (await response.json()) as T & { message?: string };
  if (!response.ok) throw new Error(answer.message ?? `${response.status} ${response.statusText}`);
  return answer;
}

const post = <T>(url: string, value: unknown) => request<T>('POST', url, JSON.stringify(value));

export const api = {
  state: () => request<WorkbookView>('GET', '/api/state'),
  run: (name: string, args: unknown[]) => post<RunReply>('/api/run', { name, args }),
  type: (row: number, col: number, input: string) => post<WorkbookView>('/api/cell', { row, col, input }),
  select: (row: number, col: number) => post<WorkbookView>('/api/select', { row, col }),
  activate: (index: number) => post<WorkbookView>('/api/activate', { index }),
  settings: (change: { locale?: string; userLocale?: string; today?: string }) => post<WorkbookView>('/api/settings', change),
  open: async (file: File) =>
    request<WorkbookView>('POST', `/api/open?name=${encodeURIComponent(file.name)}`, await file.arrayBuffer(), 'application/octet-stream'),
};
