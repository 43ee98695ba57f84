import type { MethodId } from "../vocabulary/methods.ts";

/** A method a caution can rule out: any method, the massage gun (percussion) included. */
export type CautionMethod = MethodId;

// Named groups, so each caution's rule reads like its text.
const BALLS_TOOLS_AND_PERCUSSION: readonly CautionMethod[] = [
  "small-ball",
  "large-ball",
  "foam-roller",
  "hooked-cane",
  "knobbed-tool",
  "massage-gun",
];
const HARD_TIPS_AND_PERCUSSION: readonly CautionMethod[] = ["small-ball", "hooked-cane", "knobbed-tool", "massage-gun"];
const TOOLS_AND_PERCUSSION: readonly CautionMethod[] = ["hooked-cane", "knobbed-tool", "massage-gun"];

/**
 * Endangerment sites and conditions that change self-treatment advice. Each trigger point near
 * such a site lists its id; the planner and the web app show the text.
 *
 * `forbids` is the one rule for methods: the planner never offers a forbidden method for a point
 * that carries the caution, and the atlas integrity check refuses any treatment that uses one, so
 * what the atlas page shows can never contradict the caution printed beside it. Keep each text in
 * step with its rule. Conditions (pregnancy, blood thinners, numb feet) apply only to some people,
 * so they forbid nothing by site; their text says what changes.
 */
export const CAUTIONS = {
  "front-of-neck": {
    title: "Front and side of the neck",
    text: "The carotid artery, jugular vein and nerves run here. Use only your fingers, as a gentle pincer grip on the muscle or light fingertip pressure: never a ball, tool, roller or massage gun, and never press where you feel a pulse.",
    forbids: BALLS_TOOLS_AND_PERCUSSION,
  },
  "back-of-neck-tools": {
    title: "Base of the skull",
    text: "Keep pressure on muscle, not on the bony spine or into the hollow below the skull with a hard tool; stop at once if you feel dizzy, sick or see changes in vision.",
    forbids: HARD_TIPS_AND_PERCUSSION,
  },
  armpit: {
    title: "Armpit",
    text: "Nerves, an artery and lymph nodes lie in the hollow of the armpit. Grip the muscle at the edge of the armpit with your fingers; never push a ball, roller or tool up into the hollow.",
    forbids: BALLS_TOOLS_AND_PERCUSSION,
  },
  "armpit-border": {
    title: "Beside the armpit",
    text: "This point lies on muscle next to the armpit (on the shoulder blade, the ribs or the chest). A ball is fine there, but keep it on the muscle and never let it roll up into the hollow of the armpit, where nerves, an artery and lymph nodes lie; no hooked or knobbed tool and no massage gun. Tingling down the arm means move away.",
    forbids: TOOLS_AND_PERCUSSION,
  },
  "elbow-crease": {
    title: "Front of the elbow",
    text: "The brachial artery and median nerve cross the elbow crease. Press beside them, not in the middle of the crease, and stop if you feel a pulse or tingling.",
    forbids: ["small-ball", "foam-roller", "hooked-cane", "knobbed-tool", "massage-gun"],
  },
  "ulnar-nerve": {
    title: "Inner elbow (funny bone)",
    text: "The ulnar nerve runs in the groove behind the inner elbow bone. Avoid pressing the groove; an electric feeling into the little finger means move away.",
    forbids: TOOLS_AND_PERCUSSION,
  },
  "radial-nerve": {
    title: "Outer upper arm and forearm nerves",
    text: "The radial nerve winds around the upper arm and enters the forearm near the outer elbow. Tingling into the back of the hand means you are on the nerve: move off it.",
    forbids: TOOLS_AND_PERCUSSION,
  },
  "femoral-triangle": {
    title: "Groin (femoral triangle)",
    text: "The femoral artery, vein and nerve run from the crease of the groin down the front of the inner thigh, in a triangle that ends more than a hand's width below the crease. Work there only with your fingers, two or three finger-widths from the pulse, never with a ball, tool, roller or massage gun.",
    forbids: BALLS_TOOLS_AND_PERCUSSION,
  },
  "back-of-knee": {
    title: "Back of the knee",
    text: "The hollow behind the knee holds an artery, a vein and nerves. Do not press balls, tools or rollers into it; work the muscles above and below instead.",
    forbids: BALLS_TOOLS_AND_PERCUSSION,
  },
  "fibular-head": {
    title: "Outer knee (head of the fibula)",
    text: "The common fibular nerve winds around the neck of the fibula, just below the bony knob on the outer knee, close under the skin. Within a hand's width of the knob use only your fingers or a large soft ball, never a roller, a small hard ball, a tool or a massage gun; tingling or numbness down the outer leg or into the foot means move away at once.",
    forbids: ["small-ball", "foam-roller", "hooked-cane", "knobbed-tool", "massage-gun"],
  },
  "sciatic-nerve": {
    title: "Sciatic nerve",
    text: "The sciatic nerve runs deep through the buttock and down the back of the thigh. Burning or electric pain down the leg means ease off and move the ball.",
    forbids: ["massage-gun"],
  },
  kidneys: {
    title: "Kidneys",
    text: "The kidneys sit under the last ribs at the back. Keep a ball on the muscle beside the spine and below the ribs, never pushed up under them, and use no hooked or knobbed tool and no massage gun here.",
    forbids: TOOLS_AND_PERCUSSION,
  },
  "abdomen-organs": {
    title: "Abdomen",
    text: "Press gently and slowly through the belly wall; stop if pain is deep, sharp or with nausea, and do not treat the abdomen after recent surgery or with a hernia.",
    forbids: ["small-ball", "foam-roller", "hooked-cane", "knobbed-tool", "massage-gun"],
  },
  "eye-area": {
    title: "Around the eye",
    text: "Use light fingertip pressure on the bone around the eye only, never a ball or tool, and never press on the eyeball.",
    forbids: BALLS_TOOLS_AND_PERCUSSION,
  },
  "throat-and-jaw": {
    title: "Under the jaw",
    text: "Glands, vessels and nerves lie under the jaw. Use gentle fingertip pressure only: no ball, tool or massage gun.",
    forbids: BALLS_TOOLS_AND_PERCUSSION,
  },
  "chest-and-breast": {
    title: "Chest",
    text: "Work on muscle, not on breast tissue; chest pain with breathlessness, sweating or nausea is a reason to call for help, not to massage.",
    forbids: TOOLS_AND_PERCUSSION,
  },
  "pregnancy-abdomen": {
    title: "Pregnancy",
    text: "Do not work the abdomen while pregnant, and ask your midwife or doctor before deep work on the low back or pelvis.",
    forbids: [],
  },
  "pregnancy-low-back": {
    title: "Pregnancy",
    text: "In pregnancy, use only gentle pressure on the low back and pelvis, avoid lying on your back for long after mid-pregnancy, and ask your midwife or doctor first.",
    forbids: [],
  },
  "blood-thinners": {
    title: "Blood thinners",
    text: "If you take blood thinners, use light pressure and a large soft ball only; stop if you bruise.",
    forbids: [],
  },
  "varicose-veins": {
    title: "Veins of the leg",
    text: "Do not press over varicose veins, and never massage a calf that is swollen, warm and red: it could be a clot.",
    forbids: ["massage-gun"],
  },
  "numb-feet": {
    title: "Numb feet",
    text: "If your feet are numb or you have diabetes or nerve damage in the feet, you may not feel a bruise or a blister forming: work the sole sitting down with a soft ball and light pressure, never with your weight on a hard ball, and check the skin afterwards.",
    forbids: [],
  },
  "aortic-pulse": {
    title: "Pulse deep in the belly",
    text: "The aorta, the body's main artery, runs down the middle of the belly in front of the spine. Press beside the midline, move away from any pulse, and stop and see a doctor if you feel a pulsing lump. Do not work here at all if you know you have an aortic aneurysm.",
    forbids: ["small-ball", "foam-roller", "hooked-cane", "knobbed-tool", "massage-gun"],
  },
  "pelvic-floor": {
    title: "Pelvic floor",
    text: "Internal work belongs with a trained pelvic health physiotherapist. At home use only external pressure through a ball on a chair, and stop with any bleeding or new pain.",
    forbids: ["foam-roller", "hooked-cane", "knobbed-tool", "massage-gun"],
  },
} as const satisfies Record<string, { title: string; text: string; forbids: readonly CautionMethod[] }>;

/** The id of a caution in `CAUTIONS`. */
export type CautionId = keyof typeof CAUTIONS;
