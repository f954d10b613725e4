import {
  Box3,
  Color,
  DirectionalLight,
  HemisphereLight,
  Mesh,
  MeshStandardMaterial,
  PerspectiveCamera,
  Raycaster,
  Scene,
  Sphere,
  Vector2,
  Vector3,
  WebGLRenderer,
  type Material,
  type Object3D,
} from "three";
import { GLTFLoader } from "three/examples/jsm/loaders/GLTFLoader.js";
import { OrbitControls } from "three/examples/jsm/controls/OrbitControls.js";
import { backgroundColor, hoverColor, selectColor } from "./scene-colours";

// The three.js side of the 3D view, loaded only when a model is shown (its own chunk). One
// WebGL renderer serves the page for its whole life: browsers allow only a few contexts, and
// opening and closing the view must not use one up each time. Everything a model brings
// (geometries, materials, textures) is disposed with the view. Frames are drawn on demand.

export type SceneEvents = {
  onHover: (id: string | null) => void;
  onPick: (id: string | null) => void;
};

export type SceneState = {
  hovered: string | null;
  selected: string | null;
  hidden: ReadonlySet<string>;
};

export type ModelScene = {
  update: (state: SceneState) => void;
  fit: () => void;
  reset: () => void;
  dispose: () => void;
  /** Meshes that belong to a known row, and all meshes. */
  counts: { linked: number; meshes: number };
  /** What the GPU holds for the page's renderer (it must not grow as views come and go). */
  memory: () => { geometries: number; textures: number };
};

const hover = new Color(hoverColor);
const select = new Color(selectColor);

let sharedRenderer: WebGLRenderer | null = null;

function renderer(): WebGLRenderer {
  // preserveDrawingBuffer: the picture stays readable between on-demand frames (copy, tests).
  sharedRenderer ??= new WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
  return sharedRenderer;
}

/** A node's Onshape name: GLTFLoader keeps the original in userData (`name` is sanitized). */
function nodeName(object: Object3D): string | null {
  const original = (object.userData as { name?: unknown }).name;
  return typeof original === "string" ? original : object.name || null;
}

/** Row ids by name; an assembly instance "Welle <2>" is a row named "Welle". */
function idOf(object: Object3D, idsByName: ReadonlyMap<string, string>): string | null {
  for (let node: Object3D | null = object; node; node = node.parent) {
    const name = nodeName(node);
    if (!name) continue;
    const id = idsByName.get(name) ?? idsByName.get(name.replace(/\s*<\d+>$/, ""));
    if (id) return id;
  }
  return null;
}

export async function createModelScene(options: {
  container: HTMLElement;
  glb: ArrayBuffer;
  /** Row id and name of each part (Part Studio) or BOM row (assembly). */
  rows: readonly { id: string; name: string }[];
  events: SceneEvents;
}): Promise<ModelScene> {
  const { container, events } = options;
  const gltf = await new GLTFLoader().parseAsync(options.glb, "");
  const idsByName = new Map<string, string>();
  for (const row of options.rows) if (!idsByName.has(row.name)) idsByName.set(row.name, row.id);

  const scene = new Scene();
  scene.background = new Color(backgroundColor);
  scene.add(new HemisphereLight(0xffffff, 0x8a94a6, 2));
  const camera = new PerspectiveCamera(45, 1, 0.001, 1000);
  const sun = new DirectionalLight(0xffffff, 1.5);
  sun.position.set(1, 2, 3);
  camera.add(sun);
  scene.add(camera);
  // Onshape is Z-up (the exports keep it); three.js is Y-up.
  gltf.scene.rotation.x = -Math.PI / 2;
  scene.add(gltf.scene);

  // Each mesh gets its own material copy, so highlighting one part leaves the others alone.
  const meshes: { mesh: Mesh; id: string | null; material: MeshStandardMaterial }[] = [];
  gltf.scene.traverse((object) => {
    if (!(object instanceof Mesh)) return;
    const source = object.material as Material;
    const material =
      source instanceof MeshStandardMaterial
        ? source.clone()
        : new MeshStandardMaterial({ color: 0x9aa3af });
    source.dispose();
    object.material = material;
    meshes.push({ mesh: object, id: idOf(object, idsByName), material });
  });

  const gl = renderer();
  gl.setPixelRatio(Math.min(window.devicePixelRatio, 2));
  container.appendChild(gl.domElement);
  gl.domElement.style.display = "block";
  gl.domElement.style.width = "100%";
  gl.domElement.style.height = "100%";
  const controls = new OrbitControls(camera, gl.domElement);
  const draw = () => gl.render(scene, camera);
  controls.addEventListener("change", draw);

  const resize = () => {
    const { clientWidth: width, clientHeight: height } = container;
    if (width === 0 || height === 0) return;
    gl.setSize(width, height, false);
    camera.aspect = width / height;
    camera.updateProjectionMatrix();
    draw();
  };
  const observer = new ResizeObserver(resize);
  observer.observe(container);

  const frame = (direction: Vector3, onlyVisible: boolean) => {
    gltf.scene.updateMatrixWorld(true);
    const box = new Box3();
    for (const { mesh } of meshes) if (!onlyVisible || mesh.visible) box.expandByObject(mesh);
    if (box.isEmpty()) box.setFromObject(gltf.scene);
    const sphere = box.getBoundingSphere(new Sphere());
    const radius = Math.max(sphere.radius, 1e-4);
    const distance = radius / Math.sin((camera.fov * Math.PI) / 360);
    camera.position.copy(sphere.center).addScaledVector(direction.normalize(), distance * 1.1);
    camera.near = distance / 100;
    camera.far = distance * 100;
    camera.updateProjectionMatrix();
    controls.target.copy(sphere.center);
    controls.update();
    draw();
  };
  const isometric = () => new Vector3(1, 0.8, 1);
  const currentDirection = () => camera.position.clone().sub(controls.target);

  // Hover and pick: a click is a press and release without dragging the view.
  const raycaster = new Raycaster();
  const pointer = new Vector2();
  const hit = (event: PointerEvent): string | null => {
    const rect = gl.domElement.getBoundingClientRect();
    pointer.set(
      ((event.clientX - rect.left) / rect.width) * 2 - 1,
      -((event.clientY - rect.top) / rect.height) * 2 + 1,
    );
    raycaster.setFromCamera(pointer, camera);
    const visible = meshes.filter(({ mesh }) => mesh.visible).map(({ mesh }) => mesh);
    const [first] = raycaster.intersectObjects(visible, false);
    return first ? (meshes.find(({ mesh }) => mesh === first.object)?.id ?? null) : null;
  };
  let pressedAt: { x: number; y: number } | null = null;
  let lastHover: string | null = null;
  const onMove = (event: PointerEvent) => {
    if (event.buttons !== 0) return;
    const id = hit(event);
    if (id !== lastHover) events.onHover((lastHover = id));
  };
  const onDown = (event: PointerEvent) => {
    pressedAt = { x: event.clientX, y: event.clientY };
  };
  const onUp = (event: PointerEvent) => {
    if (!pressedAt) return;
    const moved = Math.hypot(event.clientX - pressedAt.x, event.clientY - pressedAt.y);
    pressedAt = null;
    if (moved < 4) events.onPick(hit(event));
  };
  const onLeave = () => {
    if (lastHover !== null) events.onHover((lastHover = null));
  };
  const canvas = gl.domElement;
  canvas.addEventListener("pointermove", onMove);
  canvas.addEventListener("pointerdown", onDown);
  canvas.addEventListener("pointerup", onUp);
  canvas.addEventListener("pointerleave", onLeave);

  resize();
  frame(isometric(), false);

  return {
    counts: { linked: meshes.filter(({ id }) => id !== null).length, meshes: meshes.length },
    update(state) {
      for (const { mesh, id, material } of meshes) {
        mesh.visible = id === null || !state.hidden.has(id);
        const colour =
          id !== null && id === state.selected
            ? select
            : id !== null && id === state.hovered
              ? hover
              : null;
        material.emissive.set(colour ?? 0x000000);
        material.emissiveIntensity = colour ? 0.6 : 0;
      }
      draw();
    },
    memory: () => ({ ...gl.info.memory }),
    fit: () => frame(currentDirection(), true),
    reset: () => frame(isometric(), false),
    dispose() {
      observer.disconnect();
      canvas.removeEventListener("pointermove", onMove);
      canvas.removeEventListener("pointerdown", onDown);
      canvas.removeEventListener("pointerup", onUp);
      canvas.removeEventListener("pointerleave", onLeave);
      controls.removeEventListener("change", draw);
      controls.dispose();
      scene.traverse((object) => {
        if (!(object instanceof Mesh)) return;
        object.geometry.dispose();
        for (const material of [object.material].flat() as Material[]) {
          for (const value of Object.values(material)) {
            if (value && typeof value === "object" && "isTexture" in value) {
              (value as { dispose: () => void }).dispose();
            }
          }
          material.dispose();
        }
      });
      gl.renderLists.dispose();
      canvas.remove();
    },
  };
}
