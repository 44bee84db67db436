import { ALL_SIDES, type CellShapes } from './bandCells';

/**
 * The kept boundary pieces of all in-band faces (directed, region on the left) and which faces
 * form one region. Node keys: grid point p for a corner, points + 2 · edge + level for a crossing
 * (level 0 = lower, 1 = upper), so a crossing is the same node from both cells of its edge.
 */
export interface Faces {
  readonly from: number[];
  readonly to: number[];
  readonly x: number[];
  readonly y: number[];
  /** Direction of a piece along a grid edge or diagonal, 0 = +x, counting anticlockwise in 45° steps; -1 for a chord. */
  readonly dir: number[];
  /** The face each piece bounds. */
  readonly face: number[];
  /** The region of a face: faces joined across shared edges have the same one. */
  readonly find: (face: number) => number;
}

// The most boundary nodes a cell can have: 4 corners and 2 crossings on each of 4 sides.
const MAX_NODES = 12;

/** Direction codes by (sign dy + 1) · 3 + (sign dx + 1): 0 = +x, 2 = +y, 4 = -x, 6 = -y, odd = diagonals. */
const DIRECTIONS = Object.freeze([5, 6, 7, 4, -1, 0, 3, 2, 1]);

/** Cuts every cell by the band's two level chords and keeps the boundary pieces of its in-band faces. */
export function traceFaces(values: ArrayLike<number>, rows: number, cols: number, cells: CellShapes, lower: number, upper: number): Faces {
  const points = rows * cols;
  const horizontal = rows * (cols - 1);
  const gridEdges = horizontal + (rows - 1) * cols;
  const levelValue = [lower, upper];
  const cls = (z: number) => (z > upper ? 2 : z > lower ? 1 : 0);

  const faces: Faces = { from: [], to: [], x: [], y: [], dir: [], face: [], find };
  const parent: number[] = [];
  function find(f: number): number {
    while (parent[f] !== f) {
      parent[f] = parent[parent[f]!]!;
      f = parent[f]!;
    }
    return f;
  }
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[rb] = ra;
  };
  // The face that first dropped an in-band piece on each edge: the one across it joins that face's region.
  const edgeFace = new Int32Array(gridEdges).fill(-1);
  const join = (edge: number, face: number) => {
    if (edgeFace[edge] === -1) edgeFace[edge] = face;
    else union(edgeFace[edge]!, face);
  };

  // The current cell's boundary, anticlockwise: nodes, and for each the piece from it to the next node.
  const key = new Int32Array(MAX_NODES);
  const nx = new Float64Array(MAX_NODES);
  const ny = new Float64Array(MAX_NODES);
  const level = new Int8Array(MAX_NODES);
  const partner = new Int8Array(MAX_NODES);
  const pieceClass = new Int8Array(MAX_NODES);
  const pieceEdge = new Int32Array(MAX_NODES);
  const pieceDir = new Int8Array(MAX_NODES);
  const pieceShared = new Uint8Array(MAX_NODES);
  const visited = new Uint8Array(MAX_NODES);
  let count = 0;

  const pushSide = (a: number, b: number, edge: number, shared: boolean) => {
    const za = values[a]!;
    const zb = values[b]!;
    const ca = cls(za);
    const cb = cls(zb);
    const ax = a % cols;
    const ay = (a - ax) / cols;
    const bx = b % cols;
    const by = (b - bx) / cols;
    const dir = DIRECTIONS[(Math.sign(by - ay) + 1) * 3 + Math.sign(bx - ax) + 1]!;
    const push = (k: number, x: number, y: number, lev: number, after: number) => {
      key[count] = k;
      nx[count] = x;
      ny[count] = y;
      level[count] = lev;
      pieceClass[count] = after;
      pieceEdge[count] = edge;
      pieceDir[count] = dir;
      pieceShared[count] = shared ? 1 : 0;
      count++;
    };
    push(a, ax, ay, -1, ca);
    // Crossings in walking order; interpolated from the edge's lower-numbered end so both cells agree.
    const [p, q] = a < b ? [a, b] : [b, a];
    const zp = values[p]!;
    const px = p % cols;
    const py = (p - px) / cols;
    const qx = q % cols;
    const qy = (q - qx) / cols;
    const step = ca < cb ? 1 : -1;
    for (let c = ca; c !== cb; c += step) {
      const lev = step > 0 ? c : c - 1;
      const t = (levelValue[lev]! - zp) / (values[q]! - zp);
      push(points + 2 * edge + lev, px + t * (qx - px), py + t * (qy - py), lev, step > 0 ? lev + 1 : lev);
    }
  };

  const pairLevel = (lev: number, mean: number) => {
    const at: number[] = [];
    for (let i = 0; i < count; i++) if (level[i] === lev) at.push(i);
    if (at.length === 2) {
      partner[at[0]!] = at[1]!;
      partner[at[1]!] = at[0]!;
    } else if (at.length === 4) {
      // A saddle at this level: the chords cut off the corners above it when the quad's mean is not
      // above it, else the corners below. The corner after crossing 0 is cut off when it lies on that side.
      const cutAbove = !(mean > levelValue[lev]!);
      const shift = pieceClass[at[0]!]! > lev === cutAbove ? 0 : 1;
      for (let k = 0; k < 4; k += 2) {
        const i = at[(k + shift) % 4]!;
        const j = at[(k + shift + 1) % 4]!;
        partner[i] = j;
        partner[j] = i;
      }
    }
  };

  const addPiece = (from: number, to: number, x: number, y: number, dir: number, face: number) => {
    faces.from.push(from);
    faces.to.push(to);
    faces.x.push(x);
    faces.y.push(y);
    faces.dir.push(dir);
    faces.face.push(face);
  };

  const walkFaces = () => {
    visited.fill(0, 0, count);
    for (let start = 0; start < count; start++) {
      if (pieceClass[start] !== 1 || visited[start]) continue;
      const face = parent.length;
      parent.push(face);
      let i = start;
      do {
        visited[i] = 1;
        const next = (i + 1) % count;
        if (pieceShared[i]) {
          join(pieceEdge[i]!, face);
        } else {
          addPiece(key[i]!, key[next]!, nx[i]!, ny[i]!, pieceDir[i]!, face);
        }
        if (level[next]! < 0) {
          i = next;
        } else {
          // Leave the band across the chord to the partner crossing and walk on from there.
          const p = partner[next]!;
          addPiece(key[next]!, key[p]!, nx[next]!, ny[next]!, -1, face);
          i = p;
        }
      } while (i !== start);
    }
  };

  // The pieces of a cell wholly inside the band: its sides, or the regions across them.
  const insideQuad = (corner: Int32Array, edge: Int32Array, shared: number) => {
    const face = parent.length;
    parent.push(face);
    for (let k = 0; k < 4; k++) {
      if (shared & (1 << k)) join(edge[k]!, face);
      else {
        const a = corner[k]!;
        const ax = a % cols;
        addPiece(a, corner[(k + 1) % 4]!, ax, (a - ax) / cols, 2 * k, face);
      }
    }
  };

  const { sides, shared, invalidCorner } = cells;
  const corner = new Int32Array(4);
  const edge = new Int32Array(4);
  for (let r = 0, q = 0; r < rows - 1; r++) {
    for (let c = 0; c < cols - 1; c++, q++) {
      const cell = sides[q]!;
      if (cell === 0) continue;
      const p = r * cols + c;
      corner[0] = p;
      corner[1] = p + 1;
      corner[2] = p + cols + 1;
      corner[3] = p + cols;
      const c0 = cls(values[p]!);
      // A full quad without crossings holds nothing of the band, or all of it.
      const uniform =
        cell === ALL_SIDES && c0 === cls(values[p + 1]!) && c0 === cls(values[p + cols + 1]!) && c0 === cls(values[p + cols]!);
      if (uniform && c0 !== 1) continue;
      edge[0] = r * (cols - 1) + c;
      edge[1] = horizontal + r * cols + c + 1;
      edge[2] = (r + 1) * (cols - 1) + c;
      edge[3] = horizontal + r * cols + c;
      const sharedSides = shared[q]!;
      if (uniform) {
        insideQuad(corner, edge, sharedSides);
        continue;
      }
      const isShared = (k: number) => (sharedSides & (1 << k)) !== 0;
      count = 0;
      if (cell === ALL_SIDES) {
        for (let k = 0; k < 4; k++) pushSide(corner[k]!, corner[(k + 1) % 4]!, edge[k]!, isShared(k));
        const mean = (values[p]! + values[p + 1]! + values[p + cols]! + values[p + cols + 1]!) / 4;
        pairLevel(0, mean);
        pairLevel(1, mean);
      } else {
        const m = invalidCorner[q]!;
        pushSide(corner[(m + 1) % 4]!, corner[(m + 2) % 4]!, edge[(m + 1) % 4]!, isShared((m + 1) % 4));
        pushSide(corner[(m + 2) % 4]!, corner[(m + 3) % 4]!, edge[(m + 2) % 4]!, isShared((m + 2) % 4));
        // The diagonal cut: always a boundary of the domain.
        pushSide(corner[(m + 3) % 4]!, corner[(m + 1) % 4]!, gridEdges + q, false);
        pairLevel(0, NaN);
        pairLevel(1, NaN);
      }
      walkFaces();
    }
  }
  return faces;
}
