import { createContext, useContext, type ReactNode } from 'react';
import { PAGE_CONTEXT_BUDGET, type ContextBudget } from '../chart/contextBudget';

// eslint-disable-next-line local/no-module-state -- React's carrier for the budget: holds the page budget as its default, nothing else
const BudgetContext = createContext<ContextBudget>(PAGE_CONTEXT_BUDGET);

/**
 * Gives the charts below it their own WebGL context budget instead of the page's, e.g. a
 * dashboard that wants at most 4 live contexts, or a test that wants a budget of its own.
 */
export function ContextBudgetProvider({ budget, children }: { budget: ContextBudget; children?: ReactNode }) {
  return <BudgetContext.Provider value={budget}>{children}</BudgetContext.Provider>;
}

export function useContextBudget(): ContextBudget {
  return useContext(BudgetContext);
}
