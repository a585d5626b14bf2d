// Candidate events from texts the catalog does not match: TF-IDF vectors (content words,
// Unicode tokens), cosine similarity, average-linkage agglomerative clustering cut at a
// distance threshold. Only clusters of two or more texts are returned; results are
// deterministic (ties broken by input order, ids hashed from members).
import { cosine } from './event-similarity';
import { contentWords } from './tokenize';

export interface DiscoveryDoc {
  id: string | number;
  text: string;
}

export interface Candidate {
  id: string;
  /** Top terms joined for display; a reviewer renames it when adding it to the catalog. */
  label: string;
  topTerms: string[];
  members: Array<string | number>;
  /** Mean pairwise cosine similarity of the members (0..1). */
  cohesion: number;
}

export interface DiscoveryOptions {
  /**
   * Merge while the average cosine distance (1 − similarity) is at most this. Default 0.7: on
   * the seed corpus 0.8 already lumps unrelated Iran news together (common words such as
   * "iran" keep a small idf in a small collection).
   */
  maxDistance?: number;
  /** Terms shown per candidate. Default 5. */
  topTerms?: number;
  /** Ignore terms found in fewer documents than this. Default 2 (a term in one text links nothing). */
  minDf?: number;
  /**
   * Only the first maxDocs texts are clustered (default 2000): the dense similarity matrix is
   * O(n²) in memory and the merging O(n³) in time. Callers sample larger remainders.
   */
  maxDocs?: number;
}

type Vec = Map<number, number>;

export function discoverCandidates(docs: readonly DiscoveryDoc[], opts: DiscoveryOptions = {}): Candidate[] {
  const maxDistance = opts.maxDistance ?? 0.7;
  const nTop = opts.topTerms ?? 5;
  const minDf = opts.minDf ?? 2;
  if (docs.length > (opts.maxDocs ?? 2000)) docs = docs.slice(0, opts.maxDocs ?? 2000);
  const n = docs.length;
  if (n < 2) return [];

  // Term frequencies and document frequencies.
  const vocab = new Map<string, number>();
  const terms: string[] = [];
  const tfs: Array<Map<number, number>> = docs.map((d) => {
    const tf = new Map<number, number>();
    for (const w of contentWords(d.text)) {
      let id = vocab.get(w);
      if (id === undefined) {
        id = terms.length;
        vocab.set(w, id);
        terms.push(w);
      }
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    return tf;
  });
  const df = new Array<number>(terms.length).fill(0);
  for (const tf of tfs) for (const id of tf.keys()) df[id] = (df[id] ?? 0) + 1;

  // Sublinear tf × smoothed idf, L2-normalised.
  const vecs: Vec[] = tfs.map((tf) => {
    const v: Vec = new Map();
    let norm = 0;
    for (const [id, c] of tf) {
      const d = df[id] ?? 0;
      if (d < minDf) continue;
      const w = (1 + Math.log(c)) * (Math.log((1 + n) / (1 + d)) + 1);
      v.set(id, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [id, w] of v) v.set(id, w / norm);
    return v;
  });

  const sim: Float64Array[] = vecs.map((a, i) => {
    const row = new Float64Array(n);
    for (let j = 0; j < n; j++) row[j] = i === j ? 1 : cosine(a, vecs[j]!);
    return row;
  });

  const clusters = averageLinkage(sim, maxDistance);
  const out: Candidate[] = [];
  for (const members of clusters) {
    if (members.length < 2) continue;
    const centroid = new Map<number, number>();
    for (const i of members) for (const [id, w] of vecs[i]!) centroid.set(id, (centroid.get(id) ?? 0) + w);
    const top = [...centroid.entries()]
      .sort((a, b) => b[1] - a[1] || (terms[a[0]] ?? '').localeCompare(terms[b[0]] ?? ''))
      .slice(0, nTop)
      .map(([id]) => terms[id] ?? '');
    let pairSim = 0;
    let pairs = 0;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        pairSim += sim[members[x]!]![members[y]!] ?? 0;
        pairs++;
      }
    }
    const ids = members.map((i) => docs[i]!.id);
    out.push({
      id: `cand-${fnv1a(ids.map(String).join('\u0000'))}`,
      label: top.slice(0, 3).join(' / '),
      topTerms: top,
      members: ids,
      cohesion: Math.round((pairs > 0 ? pairSim / pairs : 0) * 1000) / 1000,
    });
  }
  return out.sort((a, b) => b.members.length - a.members.length || b.cohesion - a.cohesion || a.id.localeCompare(b.id));
}


/**
 * Average-linkage (UPGMA) clustering by repeatedly merging the most similar pair, cut where the
 * next merge would exceed maxDistance. O(n³) in the worst case; discovery runs on the unmatched
 * remainder, not on the whole corpus. Returns clusters as sorted index lists in input order.
 */
export function averageLinkage(sim: readonly Float64Array[], maxDistance: number): number[][] {
  const n = sim.length;
  const minSim = 1 - maxDistance;
  // Similarity between active clusters, kept as a dense matrix updated with the
  // Lance–Williams formula for average linkage.
  const s = sim.map((row) => Float64Array.from(row));
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const active = new Array<boolean>(n).fill(true);
  for (;;) {
    let bi = -1;
    let bj = -1;
    let best = -Infinity;
    for (let i = 0; i < n; i++) {
      if (!active[i]) continue;
      const row = s[i]!;
      for (let j = i + 1; j < n; j++) {
        if (!active[j]) continue;
        const v = row[j]!;
        if (v > best + 1e-12) {
          best = v;
          bi = i;
          bj = j;
        }
      }
    }
    // The tolerance keeps 1 − 0.7 = 0.30000000000000004 from rejecting a similarity of 0.3.
    if (bi < 0 || best < minSim - 1e-9) break;
    const ni = members[bi]!.length;
    const nj = members[bj]!.length;
    for (let k = 0; k < n; k++) {
      if (!active[k] || k === bi || k === bj) continue;
      const v = (ni * s[bi]![k]! + nj * s[bj]![k]!) / (ni + nj);
      s[bi]![k] = v;
      s[k]![bi] = v;
    }
    members[bi] = [...members[bi]!, ...members[bj]!].sort((a, b) => a - b);
    active[bj] = false;
  }
  return members.filter((_, i) => active[i]).sort((a, b) => a[0]! - b[0]!);
}

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
