import type { ApiClient } from './client.js';
import type { ExternalTask, TaskCompletion } from './types.js';

// The tasks of systems Vigie cannot query: a webhook asked, or paper records for staff.

/** The tasks of one request, open and closed (the server journals the reading). */
export async function listRequestTasks(api: ApiClient, requestId: string): Promise<readonly ExternalTask[]> {
  const query = new URLSearchParams({ requestId });
  return (await api.get<{ tasks: ExternalTask[] }>(`/api/v1/fulfilment/tasks?${query.toString()}`)).tasks;
}

/** Staff's report on a manual task; the request closes when it was the last system to answer. */
export async function completeTask(api: ApiClient, taskId: string, completion: TaskCompletion): Promise<void> {
  await api.send('POST', `/api/v1/fulfilment/tasks/${encodeURIComponent(taskId)}/completion`, completion);
}
