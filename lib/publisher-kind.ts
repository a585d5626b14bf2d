export const PUBLISHER_KIND_LABEL: Record<string, string> = {
  news_outlet: 'News outlet',
  human_rights_ngo: 'Human-rights NGO',
  state_media: 'State media',
  advocacy_org: 'Advocacy organisation',
  blog_aggregator: 'Blog / aggregator',
  other: 'Other',
};

export function kindLabel(kind: string): string {
  return PUBLISHER_KIND_LABEL[kind] ?? kind;
}
