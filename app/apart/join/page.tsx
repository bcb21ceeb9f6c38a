import { JoinApart } from '@/components/apart/join-apart';

export default function JoinPage() {
  return <JoinApart />;
}
