/**
 * The small linear algebra of the separate MSRP latent model (scripts/msrp-latent.ts, Ji & Eisenstein 2013): TF-KLD
 * term weights, a randomized truncated SVD of a sparse matrix, and L2-regularized logistic regression. Plain
 * Float64Arrays, no dependency; deterministic for a given seed. Not product code: the product's aligner is src/align.
 */

/** A sparse row: parallel column indices and values. */
export interface SparseRow {
  readonly cols: Int32Array;
  readonly vals: Float64Array;
}

/** Features of each side of a labelled pair, as lists (a feature may repeat: its count is its term frequency). */
export interface FeaturePair {
  readonly a: readonly string[];
  readonly b: readonly string[];
  readonly label: number;
}

/**
 * TF-KLD weight of every feature seen in the labelled pairs (Ji & Eisenstein 2013, section 3): p = P(the feature is
 * in one sentence | it is in the other) over paraphrase pairs, q the same over non-paraphrase pairs, weight =
 * KL(Bernoulli(p) || Bernoulli(q)). Symmetric in a and b: P(in one | in other) is counted in both directions,
 * 2 × pairs with it on both sides / sentences with it. `smoothing` is added to the "both" and "one side only" counts
 * (a feature seen once gets no weight from chance alone).
 */
export function tfkldWeights(pairs: readonly FeaturePair[], smoothing: number): Map<string, number> {
  // counts[k] = [both | paraphrase, sentences | paraphrase, both | other, sentences | other]
  const counts = new Map<string, [number, number, number, number]>();
  for (const p of pairs) {
    const sa = new Set(p.a);
    const sb = new Set(p.b);
    const off = p.label === 1 ? 0 : 2;
    for (const k of new Set([...sa, ...sb])) {
      let c = counts.get(k);
      if (!c) counts.set(k, (c = [0, 0, 0, 0]));
      const inBoth = sa.has(k) && sb.has(k);
      c[off] = (c[off] as number) + (inBoth ? 2 : 0);
      c[off + 1] = (c[off + 1] as number) + (inBoth ? 2 : 1);
    }
  }
  const out = new Map<string, number>();
  for (const [k, c] of counts) {
    const p = (c[0] + smoothing) / (c[1] + 2 * smoothing);
    const q = (c[2] + smoothing) / (c[3] + 2 * smoothing);
    out.set(k, bernoulliKl(p, q));
  }
  return out;
}

export function bernoulliKl(p: number, q: number): number {
  const term = (x: number, y: number): number => (x <= 0 ? 0 : x * Math.log(x / y));
  return term(p, q) + term(1 - p, 1 - q);
}

/** Deterministic normal draws (mulberry32 + Box-Muller). */
export function gaussianSource(seed: number): () => number {
  let s = seed >>> 0;
  const uniform = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** Y (m × l, row-major) = A (m sparse rows) · B (n × l, row-major). */
function sparseTimesDense(A: readonly SparseRow[], B: Float64Array, l: number): Float64Array {
  const Y = new Float64Array(A.length * l);
  A.forEach((row, i) => {
    const yi = i * l;
    for (let t = 0; t < row.cols.length; t++) {
      const v = row.vals[t] as number;
      const bj = (row.cols[t] as number) * l;
      for (let c = 0; c < l; c++) Y[yi + c] = (Y[yi + c] as number) + v * (B[bj + c] as number);
    }
  });
  return Y;
}

/** Z (n × l, row-major) = Aᵀ · Y, with A m sparse rows over n columns and Y m × l. */
function sparseTransposeTimesDense(A: readonly SparseRow[], n: number, Y: Float64Array, l: number): Float64Array {
  const Z = new Float64Array(n * l);
  A.forEach((row, i) => {
    const yi = i * l;
    for (let t = 0; t < row.cols.length; t++) {
      const v = row.vals[t] as number;
      const zj = (row.cols[t] as number) * l;
      for (let c = 0; c < l; c++) Z[zj + c] = (Z[zj + c] as number) + v * (Y[yi + c] as number);
    }
  });
  return Z;
}

/** Orthonormalizes the l columns of an m × l row-major matrix in place (modified Gram-Schmidt, twice for stability). */
function orthonormalizeColumns(Y: Float64Array, m: number, l: number): void {
  const cols: Float64Array[] = [];
  for (let c = 0; c < l; c++) {
    const col = new Float64Array(m);
    for (let i = 0; i < m; i++) col[i] = Y[i * l + c] as number;
    cols.push(col);
  }
  for (let pass = 0; pass < 2; pass++) {
    for (let c = 0; c < l; c++) {
      const v = cols[c] as Float64Array;
      for (let d = 0; d < c; d++) {
        const u = cols[d] as Float64Array;
        let dot = 0;
        for (let i = 0; i < m; i++) dot += (u[i] as number) * (v[i] as number);
        for (let i = 0; i < m; i++) v[i] = (v[i] as number) - dot * (u[i] as number);
      }
      let norm = 0;
      for (let i = 0; i < m; i++) norm += (v[i] as number) ** 2;
      norm = Math.sqrt(norm);
      // A column already spanned by the others (rank below l) becomes zero rather than noise.
      for (let i = 0; i < m; i++) v[i] = norm > 1e-12 ? (v[i] as number) / norm : 0;
    }
  }
  cols.forEach((col, c) => {
    for (let i = 0; i < m; i++) Y[i * l + c] = col[i] as number;
  });
}

/** Eigen-decomposition of a symmetric l × l matrix (cyclic Jacobi). Returns eigenvalues and eigenvectors as columns (row-major). */
export function symmetricEigen(S: Float64Array, l: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(S);
  const v = new Float64Array(l * l);
  for (let i = 0; i < l; i++) v[i * l + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < l; p++) for (let q = p + 1; q < l; q++) off += (a[p * l + q] as number) ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < l; p++) {
      for (let q = p + 1; q < l; q++) {
        const apq = a[p * l + q] as number;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = ((a[q * l + q] as number) - (a[p * l + p] as number)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < l; k++) {
          const akp = a[k * l + p] as number;
          const akq = a[k * l + q] as number;
          a[k * l + p] = c * akp - s * akq;
          a[k * l + q] = s * akp + c * akq;
        }
        for (let k = 0; k < l; k++) {
          const apk = a[p * l + k] as number;
          const aqk = a[q * l + k] as number;
          a[p * l + k] = c * apk - s * aqk;
          a[q * l + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < l; k++) {
          const vkp = v[k * l + p] as number;
          const vkq = v[k * l + q] as number;
          v[k * l + p] = c * vkp - s * vkq;
          v[k * l + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(l);
  for (let i = 0; i < l; i++) values[i] = a[i * l + i] as number;
  return { values, vectors: v };
}

export interface TruncatedSvd {
  readonly k: number;
  /** Singular values, largest first. */
  readonly s: Float64Array;
  /** Right singular vectors, n × k row-major: a row x of A maps to x·V (= its row of UΣ). */
  readonly V: Float64Array;
  /** Left singular vectors, m × k row-major. */
  readonly U: Float64Array;
}

/**
 * Rank-k truncated SVD of a sparse m × n matrix by the randomized range finder (Halko, Martinsson & Tropp 2011):
 * `oversample` extra random directions and `powerIterations` passes of AᵀA sharpen the top singular subspace.
 */
export function randomizedSvd(A: readonly SparseRow[], n: number, k: number, options: { oversample?: number; powerIterations?: number; seed?: number } = {}): TruncatedSvd {
  const m = A.length;
  const l = Math.min(k + (options.oversample ?? 20), m, n);
  const normal = gaussianSource(options.seed ?? 1);
  const omega = new Float64Array(n * l);
  for (let i = 0; i < omega.length; i++) omega[i] = normal();
  let Y = sparseTimesDense(A, omega, l);
  orthonormalizeColumns(Y, m, l);
  // Each power pass re-orthonormalizes the m-side only: Aᵀ's side has as many rows as there are features (10⁴-10⁵),
  // where Gram-Schmidt would cost most of the time, and one orthonormalization per pass keeps the columns apart.
  for (let it = 0; it < (options.powerIterations ?? 3); it++) {
    Y = sparseTimesDense(A, sparseTransposeTimesDense(A, n, Y, l), l);
    orthonormalizeColumns(Y, m, l);
  }
  // B = Qᵀ A (l × n); kept as Bᵀ = Aᵀ Q (n × l). B Bᵀ = W Σ² Wᵀ gives U = Q W and V = Bᵀ W Σ⁻¹.
  const Bt = sparseTransposeTimesDense(A, n, Y, l);
  const BBt = new Float64Array(l * l);
  for (let j = 0; j < n; j++) {
    const r = j * l;
    for (let p = 0; p < l; p++) {
      const x = Bt[r + p] as number;
      if (x === 0) continue;
      for (let q = p; q < l; q++) BBt[p * l + q] = (BBt[p * l + q] as number) + x * (Bt[r + q] as number);
    }
  }
  for (let p = 0; p < l; p++) for (let q = 0; q < p; q++) BBt[p * l + q] = BBt[q * l + p] as number;
  const { values, vectors } = symmetricEigen(BBt, l);
  const order = Array.from({ length: l }, (_, i) => i).sort((x, y) => (values[y] as number) - (values[x] as number));
  const kk = Math.min(k, l);
  const s = new Float64Array(kk);
  const V = new Float64Array(n * kk);
  const U = new Float64Array(m * kk);
  for (let c = 0; c < kk; c++) {
    const e = order[c] as number;
    const sigma = Math.sqrt(Math.max(0, values[e] as number));
    s[c] = sigma;
    // Sign convention: the largest-magnitude entry of each right vector is positive, so reruns agree.
    let big = 0;
    for (let j = 0; j < n; j++) {
      let x = 0;
      for (let p = 0; p < l; p++) x += (Bt[j * l + p] as number) * (vectors[p * l + e] as number);
      x = sigma > 1e-12 ? x / sigma : 0;
      V[j * kk + c] = x;
      if (Math.abs(x) > Math.abs(big)) big = x;
    }
    const sign = big < 0 ? -1 : 1;
    if (sign < 0) for (let j = 0; j < n; j++) V[j * kk + c] = -(V[j * kk + c] as number);
    for (let i = 0; i < m; i++) {
      let x = 0;
      for (let p = 0; p < l; p++) x += (Y[i * l + p] as number) * (vectors[p * l + e] as number);
      U[i * kk + c] = sign * x;
    }
  }
  return { k: kk, s, V, U };
}

/** x·V for a sparse row x: the row's coordinates in the latent space (first `dims` of the SVD's k). */
export function project(row: SparseRow, svd: TruncatedSvd, dims: number = svd.k): Float64Array {
  const z = new Float64Array(dims);
  for (let t = 0; t < row.cols.length; t++) {
    const v = row.vals[t] as number;
    const base = (row.cols[t] as number) * svd.k;
    for (let c = 0; c < dims; c++) z[c] = (z[c] as number) + v * (svd.V[base + c] as number);
  }
  return z;
}

export interface Logistic {
  readonly mean: Float64Array;
  readonly scale: Float64Array;
  readonly w: Float64Array;
  readonly b: number;
}

/**
 * L2-regularized logistic regression on standardized features, full-batch gradient descent with Nesterov momentum
 * (the loss is convex and smooth; `iterations` passes converge to the optimum's neighbourhood for these sizes).
 */
export function trainLogistic(X: readonly Float64Array[], y: readonly number[], l2: number, iterations = 400): Logistic {
  const n = X.length;
  const d = X[0]?.length ?? 0;
  const mean = new Float64Array(d);
  const scale = new Float64Array(d);
  for (const x of X) for (let j = 0; j < d; j++) mean[j] = (mean[j] as number) + (x[j] as number) / n;
  for (const x of X) for (let j = 0; j < d; j++) scale[j] = (scale[j] as number) + ((x[j] as number) - (mean[j] as number)) ** 2 / n;
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j] as number) || 1;
  const Z = X.map((x) => {
    const z = new Float64Array(d);
    for (let j = 0; j < d; j++) z[j] = ((x[j] as number) - (mean[j] as number)) / (scale[j] as number);
    return z;
  });
  // Step 1/L: L = λmax(ZᵀZ/n) / 4 + l2 bounds the loss's curvature (a logistic's is ≤ 1/4); λmax by power iteration.
  const step = 1 / (topEigenvalue(Z, d) / 4 + l2);
  let w = new Float64Array(d);
  let b = 0;
  let wPrev = new Float64Array(d);
  let bPrev = 0;
  const grad = new Float64Array(d);
  for (let it = 1; it <= iterations; it++) {
    const mom = (it - 1) / (it + 2);
    const wl = new Float64Array(d);
    for (let j = 0; j < d; j++) wl[j] = (w[j] as number) + mom * ((w[j] as number) - (wPrev[j] as number));
    const bl = b + mom * (b - bPrev);
    grad.fill(0);
    let gb = 0;
    Z.forEach((z, i) => {
      let s = bl;
      for (let j = 0; j < d; j++) s += (wl[j] as number) * (z[j] as number);
      const r = 1 / (1 + Math.exp(-s)) - (y[i] as number);
      gb += r / n;
      for (let j = 0; j < d; j++) grad[j] = (grad[j] as number) + (r * (z[j] as number)) / n;
    });
    wPrev = w;
    bPrev = b;
    w = new Float64Array(d);
    for (let j = 0; j < d; j++) w[j] = (wl[j] as number) - step * ((grad[j] as number) + l2 * (wl[j] as number));
    b = bl - step * gb;
  }
  return { mean, scale, w, b };
}

export function logisticProbability(m: Logistic, x: Float64Array): number {
  let s = m.b;
  for (let j = 0; j < m.w.length; j++) s += (m.w[j] as number) * (((x[j] as number) - (m.mean[j] as number)) / (m.scale[j] as number));
  return 1 / (1 + Math.exp(-s));
}

/** Largest eigenvalue of ZᵀZ/n (power iteration from a fixed start; 30 passes are within a few % for a step size). */
function topEigenvalue(Z: readonly Float64Array[], d: number): number {
  let v = new Float64Array(d).fill(1 / Math.sqrt(Math.max(1, d)));
  let lambda = 1;
  for (let it = 0; it < 30; it++) {
    const next = new Float64Array(d);
    for (const z of Z) {
      let s = 0;
      for (let j = 0; j < d; j++) s += (z[j] as number) * (v[j] as number);
      for (let j = 0; j < d; j++) next[j] = (next[j] as number) + (s * (z[j] as number)) / Z.length;
    }
    let norm = 0;
    for (let j = 0; j < d; j++) norm += (next[j] as number) ** 2;
    lambda = Math.sqrt(norm);
    if (lambda === 0) return 1;
    for (let j = 0; j < d; j++) next[j] = (next[j] as number) / lambda;
    v = next;
  }
  // 10 % headroom: power iteration approaches λmax from below.
  return lambda * 1.1;
}
