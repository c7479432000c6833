import type { Verdict } from '@/lib/engine/types';
import type { ExplainFn } from './explain';
import { SignalList } from './SignalList';
import { TodoList } from './TodoList';

interface Props {
  verdict: Verdict;
  text: string;
  explain: ExplainFn;
  /** Also list the five general steps (a pasted message); the page view shows them once for all items. */
  general: boolean;
}

/** The explanation of one verdict: each sign with its evidence, then what to do. */
export function VerdictView({ verdict, text, explain, general }: Props) {
  return (
    <>
      <SignalList signals={verdict.signals} text={text} explain={explain} />
      <TodoList signals={verdict.signals} explain={explain} general={general} />
    </>
  );
}
