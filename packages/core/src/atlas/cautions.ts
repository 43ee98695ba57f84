/**
 * Endangerment sites and conditions that change self-treatment advice. Each trigger point near
 * such a site lists its id; the planner and the web app show the text.
 */
export const CAUTIONS = {
  "front-of-neck": {
    title: "Front and side of the neck",
    text: "The carotid artery, jugular vein and nerves run here. Use only a gentle pincer grip on the muscle itself: never a ball, tool, roller or massage gun, and never press where you feel a pulse.",
  },
  "back-of-neck-tools": {
    title: "Base of the skull",
    text: "Keep pressure on muscle, not on the bony spine or into the hollow below the skull with a hard tool; stop at once if you feel dizzy, sick or see changes in vision.",
  },
  armpit: {
    title: "Armpit",
    text: "Nerves, an artery and lymph nodes lie in the hollow of the armpit. Grip the muscle at the edge of the armpit with your fingers; never push a ball or tool up into the hollow.",
  },
  "elbow-crease": {
    title: "Front of the elbow",
    text: "The brachial artery and median nerve cross the elbow crease. Press beside them, not in the middle of the crease, and stop if you feel a pulse or tingling.",
  },
  "ulnar-nerve": {
    title: "Inner elbow (funny bone)",
    text: "The ulnar nerve runs in the groove behind the inner elbow bone. Avoid pressing the groove; an electric feeling into the little finger means move away.",
  },
  "radial-nerve": {
    title: "Outer upper arm and forearm nerves",
    text: "The radial nerve winds around the upper arm and enters the forearm near the outer elbow. Tingling into the back of the hand means you are on the nerve: move off it.",
  },
  "femoral-triangle": {
    title: "Groin (femoral triangle)",
    text: "The femoral artery, vein and nerve lie in the crease of the groin. Work only with flat fingers beside the pulse, never with a ball, tool or roller there.",
  },
  "back-of-knee": {
    title: "Back of the knee",
    text: "The hollow behind the knee holds an artery, a vein and nerves. Do not press balls, tools or rollers into it; work the muscles above and below instead.",
  },
  "fibular-head": {
    title: "Outer knee (head of the fibula)",
    text: "The common fibular nerve wraps around the bony knob just below the outer knee. Keep pressure off the knob; tingling down the outer leg means move away.",
  },
  "sciatic-nerve": {
    title: "Sciatic nerve",
    text: "The sciatic nerve runs deep through the buttock and down the back of the thigh. Burning or electric pain down the leg means ease off and move the ball.",
  },
  kidneys: {
    title: "Kidneys",
    text: "Below the last ribs at the back, stay beside the spine on muscle; do not dig hard tools under the ribs or pound the area.",
  },
  "abdomen-organs": {
    title: "Abdomen",
    text: "Press gently and slowly through the belly wall; stop if pain is deep, sharp or with nausea, and do not treat the abdomen after recent surgery or with a hernia.",
  },
  "eye-area": {
    title: "Around the eye",
    text: "Use light fingertip pressure on the bone around the eye only; never press on the eyeball.",
  },
  "throat-and-jaw": {
    title: "Under the jaw",
    text: "Glands, vessels and nerves lie under the jaw. Use gentle fingertip pressure only; no tools.",
  },
  "chest-and-breast": {
    title: "Chest",
    text: "Work on muscle, not on breast tissue; chest pain with breathlessness, sweating or nausea is a reason to call for help, not to massage.",
  },
  "pregnancy-abdomen": {
    title: "Pregnancy",
    text: "Do not work the abdomen while pregnant, and ask your midwife or doctor before deep work on the low back or pelvis.",
  },
  "pregnancy-low-back": {
    title: "Pregnancy",
    text: "In pregnancy, use only gentle pressure on the low back and pelvis, avoid lying on your back for long after mid-pregnancy, and ask your midwife or doctor first.",
  },
  "blood-thinners": {
    title: "Blood thinners",
    text: "If you take blood thinners, use light pressure and a large soft ball only; stop if you bruise.",
  },
  "varicose-veins": {
    title: "Veins of the leg",
    text: "Do not press over varicose veins, and never massage a calf that is swollen, warm and red: it could be a clot.",
  },
  "pelvic-floor": {
    title: "Pelvic floor",
    text: "Internal work belongs with a trained pelvic health physiotherapist. At home use only external pressure through a ball on a chair, and stop with any bleeding or new pain.",
  },
} as const satisfies Record<string, { title: string; text: string }>;

/** The id of a caution in `CAUTIONS`. */
export type CautionId = keyof typeof CAUTIONS;
