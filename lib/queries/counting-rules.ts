// The two counting rules every comparison and aggregate applies, as SQL over `articles a JOIN
// publishers p`: an article's group is its own override when a curator set one, else its
// outlet's (ARTICLE_STANCE); and a reprint of another article counts once, as the original
// (COUNTED_ONCE). Lists of articles show reprints; counts per group do not.
import { Prisma } from '@/lib/generated/prisma/client';

export const ARTICLE_STANCE = Prisma.sql`coalesce(a.stance_override, p.stance)`;
export const COUNTED_ONCE = Prisma.sql`a.reprint_of_id IS NULL`;
