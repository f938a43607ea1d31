import { extract, prepare } from './extraction-tasks';

// The entry of an extraction process the pool forks: it runs the documents the pool sends, one at a
// time, and answers each with its result or the reason it failed.
export interface TaskMessage {
  id: number;
  name: 'extract' | 'prepare';
  task: Parameters<typeof extract>[0] & Parameters<typeof prepare>[0];
}

export type AnswerMessage = { id: number; ok: true; result: unknown } | { id: number; ok: false; message: string };

const handlers = { extract, prepare };

process.on('message', (message: TaskMessage) => {
  const answer = (reply: AnswerMessage) => process.send?.(reply);
  handlers[message.name](message.task).then(
    (result) => answer({ id: message.id, ok: true, result }),
    (error: Error) => answer({ id: message.id, ok: false, message: error.message }),
  );
});
// the pool ends this process when it goes away
process.on('disconnect', () => process.exit(0));
