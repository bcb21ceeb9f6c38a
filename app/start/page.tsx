import { EntryCheck } from '@/components/wizard/entry-check';

export default function StartPage() {
  return <EntryCheck />;
}
