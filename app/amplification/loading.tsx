import { PageLoading } from '@/components/ui/page-loading';

export default function Loading() {
  return <PageLoading filters chart={200} tableColumns={7} />;
}
