// The benchmark's loaders use the same COPY helpers as the importer (lib/db/copy.ts).
export * from '@/lib/db/copy';
