import { StartApart } from '@/components/apart/start-apart';

export default function ApartPage() {
  return <StartApart />;
}
