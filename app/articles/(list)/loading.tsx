import { PageLoading } from '@/components/ui/page-loading';

export default function Loading() {
  return <PageLoading filters tableColumns={6} />;
}
