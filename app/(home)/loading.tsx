import { PageLoading } from '@/components/ui/page-loading';

export default function Loading() {
  return <PageLoading cards={4} chart={280} />;
}
