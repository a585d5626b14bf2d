import { PageLoading } from '@/components/ui/page-loading';

export default function Loading() {
  return <PageLoading filters chart={260} tableColumns={5} />;
}
