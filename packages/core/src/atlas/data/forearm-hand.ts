import { DEFAULT_PAIN_CEILING } from "../pain-ceiling.ts";
import type { MuscleRecord, SelfTreatment } from "../types.ts";

/*
 * Forearm and hand. Referral zones follow the classic drawings in Travell & Simons vol. 1, 2nd ed.,
 * chapters 34–40, and Davies' workbook; every sentence here is our own.
 *
 * The region vocabulary has one wrist region per face (palm side, back side) and whole fingers
 * (no palm/back split), so "ulnar side of the wrist" and "back of the middle finger" map to the
 * whole wrist face and the whole finger.
 */

/** Back of the forearm: large soft ball rolled with the other hand (the gentlest way in). */
function dorsalLargeBall(target: string, painCeiling = DEFAULT_PAIN_CEILING): SelfTreatment {
  return {
    method: "large-ball",
    position: "Sitting at a table with the forearm resting palm down on it and a large soft ball under the palm of your other hand.",
    technique: `Roll the ball slowly along the back of the forearm, leaning your weight through the other hand, and slow down as you pass ${target}. Keep the pressure at about ${painCeiling} out of 10 or less.`,
    dose: { kind: "strokes", count: 10 },
    painCeiling,
    gentle: true,
  };
}

/** Back of the forearm: small hard ball against a table or wall. */
function dorsalSmallBall(target: string, painCeiling = DEFAULT_PAIN_CEILING): SelfTreatment {
  return {
    method: "small-ball",
    position: "Sitting at a table with the palm turned up and the back of the forearm resting on a small ball on the tabletop, or standing with the ball between the forearm and a wall.",
    technique: `Let the ball settle into ${target} and lean in gradually until it is tender but bearable (${painCeiling} out of 10 or less). Hold still and breathe until the tenderness fades.`,
    dose: { kind: "hold", seconds: 45 },
    painCeiling,
    gentle: false,
  };
}

/** Palm side of the forearm: large soft ball on the table under the forearm. */
function volarLargeBall(target: string, painCeiling = DEFAULT_PAIN_CEILING): SelfTreatment {
  return {
    method: "large-ball",
    position: "Sitting at a table with a large soft ball on the tabletop and the palm side of the forearm resting on it.",
    technique: `Let the weight of the arm sink onto the ball and roll slowly from a few finger-widths below the elbow crease toward the wrist, lingering on ${target}. Press a little with the other hand only if it stays at about ${painCeiling} out of 10 or less.`,
    dose: { kind: "strokes", count: 10 },
    painCeiling,
    gentle: true,
  };
}

/** Palm side of the forearm: small hard ball on the table. */
function volarSmallBall(target: string, painCeiling = DEFAULT_PAIN_CEILING): SelfTreatment {
  return {
    method: "small-ball",
    position: "Sitting at a table with a small ball on the tabletop and the palm side of the forearm resting on it.",
    technique: `Place ${target} on the ball and lean in slowly with the other hand on top of the forearm until it is tender but no more than about ${painCeiling} out of 10. Hold, then let go and roll on a little.`,
    dose: { kind: "hold", seconds: 45 },
    painCeiling,
    gentle: false,
  };
}

/** Forearm on a foam roller, kneeling or sitting at a low table. */
function forearmRoller(face: "back" | "palm side", painCeiling = DEFAULT_PAIN_CEILING): SelfTreatment {
  return {
    method: "foam-roller",
    position:
      face === "back"
        ? "Kneeling beside a foam roller on the floor, or sitting with it on a table, with the back of the forearm on the roller and the palm turned up."
        : "Kneeling beside a foam roller on the floor, or sitting with it on a table, with the palm side of the forearm on the roller.",
    technique: `Press the other hand down on the forearm and roll slowly from just below the elbow to just above the wrist. Keep the pressure moderate, no more than about ${painCeiling} out of 10.`,
    dose: { kind: "strokes", count: 12 },
    painCeiling,
    gentle: false,
  };
}

export const forearmHandMuscles: MuscleRecord[] = [
  // ───────────────────────────── Brachioradialis ─────────────────────────────
  {
    id: "brachioradialis",
    name: "Brachioradialis",
    about:
      "The fleshy muscle along the thumb side of the forearm just below the elbow. It bends the elbow, most strongly when the thumb points up, as when lifting a mug or a briefcase.",
    sources: [
      { source: "simons-1999", locator: "ch. 34, Hand extensor and brachioradialis muscles" },
      { source: "davies-2013", locator: "ch. 7, Elbow, forearm, and hand pain: brachioradialis" },
    ],
    evidence:
      "Its pattern overlaps with the wrist extensors and supinator, so several of these points are often tender together in 'tennis elbow' type pain. Pain with tingling or weakness in lifting the fingers can come from the radial nerve near the elbow and needs a clinician's check.",
    triggerPoints: [
      {
        id: "brachioradialis-1",
        name: "Brachioradialis, point 1",
        location: {
          region: "forearm-dorsal-radial",
          landmark:
            "On the thumb side of the forearm, one to two finger-widths below the elbow crease, in the soft bulge of muscle that stands out when you bend the elbow against resistance with the thumb up.",
          depth: "superficial",
        },
        prevalence: "common",
        prevalenceSource: { source: "fernandez-carnero-2007", locator: "results: brachioradialis, one of the four forearm muscles examined in lateral epicondylalgia" },
        referral: [
          { region: "hand-dorsal", kind: "essential" },
          { region: "wrist-dorsal", kind: "essential" },
          { region: "elbow-outer", kind: "spillover" },
          { region: "forearm-dorsal-radial", kind: "spillover" },
        ],
        symptoms: ["pain-on-loading", "weakness"],
        activatedBy: [
          "Lifting and carrying with the thumb up (mugs, kettles, shopping bags, briefcases)",
          "Hard or repeated gripping, such as gardening, tools or racquet sports",
          "Long spells of mouse work with the forearm turned",
        ],
        find:
          "Rest the forearm on a table with the thumb pointing up. Put your other hand on top of the wrist and try to bend the elbow against it: the muscle that pops up on the thumb side just below the elbow is the brachioradialis. Relax, then pinch or press through that bulge one to two finger-widths below the crease, feeling for a tight band and a sore spot in it.",
        pressTest:
          "Press the sore spot firmly for about 10 seconds. If it is the source, your familiar ache appears or grows in the back of the hand between the thumb and index finger, often with some at the wrist or the outer elbow. Soreness only under your finger is common and does not prove it.",
        treatments: [
          dorsalLargeBall("the upper third of the forearm on the thumb side"),
          {
            method: "pincer",
            position: "Sitting with the forearm resting on your thigh, thumb up and the elbow slightly bent.",
            technique:
              "Grip the muscle bulge between the thumb and fingers of your other hand, lifting it slightly away from the bone, and squeeze gently on the sore band until it eases. Stay at about 5 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sitting with the forearm resting thumb up on a table.",
            technique:
              "Press into the sore spot with your other thumb and stroke slowly toward the wrist along the muscle. If tingling shoots into the back of the hand, move a little to the side.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
          dorsalSmallBall("the bulge on the thumb side just below the elbow"),
        ],
        followUp:
          "Straighten the elbow fully with the palm turned down, then gently bend the wrist down and let the other hand add a little pressure for 30 seconds. Repeat two or three times.",
        cautions: ["radial-nerve"],
      },
    ],
  },

  // ─────────────────────── Extensor carpi radialis longus ───────────────────────
  {
    id: "extensor-carpi-radialis-longus",
    name: "Extensor carpi radialis longus",
    about:
      "A wrist muscle that starts just above the outer elbow and runs down the thumb side of the forearm. It lifts the back of the hand and tilts it toward the thumb, and it braces the wrist whenever you grip.",
    sources: [
      { source: "simons-1999", locator: "ch. 34, Hand extensor and brachioradialis muscles" },
      { source: "davies-2013", locator: "ch. 7, Elbow, forearm, and hand pain: hand extensors" },
    ],
    evidence:
      "This point is a common contributor to outer elbow pain labelled 'tennis elbow'; tendon problems at the elbow can look the same, and both can be present.",
    triggerPoints: [
      {
        id: "extensor-carpi-radialis-longus-1",
        name: "Extensor carpi radialis longus, point 1",
        location: {
          region: "forearm-dorsal-radial",
          landmark:
            "Just below the bony knob on the outside of the elbow, at about the level of the elbow crease, on the thumb side of the forearm next to the brachioradialis.",
          depth: "superficial",
        },
        prevalence: "common",
        prevalenceSource: { source: "fernandez-carnero-2007", locator: "results: extensor carpi radialis longus" },
        referral: [
          { region: "elbow-outer", kind: "essential" },
          { region: "hand-dorsal", kind: "essential" },
          { region: "wrist-dorsal", kind: "spillover" },
          { region: "forearm-dorsal-radial", kind: "spillover" },
        ],
        symptoms: ["pain-on-loading", "weakness"],
        activatedBy: [
          "Forceful or repeated gripping with the wrist cocked back (tools, racquets, hand-shaking)",
          "Typing or using a mouse with the wrist bent up",
          "Carrying heavy bags by the handles",
        ],
        find:
          "Rest the forearm palm down. Find the bony knob on the outside of the elbow, then slide a finger-width or two down onto the forearm. Lift the back of the hand and tilt it toward the thumb: the muscle that tightens under your fingers there is this one.",
        pressTest:
          "Press the tightest spot for about 10 seconds. If it is the source, the familiar ache shows up at the outer elbow and on the back of the hand near the base of the thumb. Tenderness only where you press is not enough.",
        treatments: [
          dorsalLargeBall("the top of the forearm just below the outer elbow"),
          {
            method: "fingers",
            position: "Sitting with the forearm resting palm down on a table or your thigh.",
            technique:
              "Press the sore spot with the thumb of the other hand and hold until it softens, or stroke slowly from the elbow toward the wrist. Keep it at about 5 out of 10; if tingling runs into the back of the hand, shift slightly.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
          dorsalSmallBall("the muscle just below the outer elbow"),
        ],
        followUp:
          "With the elbow straight and the palm down, bend the wrist down and tilt it toward the little finger, helping gently with the other hand, for 30 seconds. Repeat two or three times.",
        cautions: ["radial-nerve"],
      },
    ],
  },

  // ─────────────────────── Extensor carpi radialis brevis ───────────────────────
  {
    id: "extensor-carpi-radialis-brevis",
    name: "Extensor carpi radialis brevis",
    about:
      "A wrist muscle lying next to the longus on the back of the forearm. It lifts the back of the hand and holds the wrist steady while the fingers grip.",
    sources: [
      { source: "simons-1999", locator: "ch. 34, Hand extensor and brachioradialis muscles" },
      { source: "davies-2013", locator: "ch. 7, Elbow, forearm, and hand pain: hand extensors" },
    ],
    evidence:
      "Its tendon is the one most often involved in tennis elbow tendinopathy, and the two problems can coexist. Pain on the back of the wrist can also come from the wrist joint itself or a ganglion.",
    triggerPoints: [
      {
        id: "extensor-carpi-radialis-brevis-1",
        name: "Extensor carpi radialis brevis, point 1",
        location: {
          region: "forearm-dorsal-radial",
          landmark:
            "On the back of the forearm, about three finger-widths (5–6 cm) below the outer elbow knob, in the muscle just to the thumb side of the middle.",
          depth: "superficial",
        },
        prevalence: "common",
        prevalenceSource: { source: "fernandez-carnero-2007", locator: "results: extensor carpi radialis brevis" },
        referral: [
          { region: "wrist-dorsal", kind: "essential" },
          { region: "hand-dorsal", kind: "essential" },
          { region: "forearm-dorsal-radial", kind: "spillover" },
        ],
        symptoms: ["pain-on-loading", "weakness"],
        activatedBy: [
          "Gripping hard while the wrist is held up, such as a tennis backhand or using a screwdriver",
          "Long spells of typing or mouse work",
          "Lifting things palm down",
        ],
        find:
          "Rest the forearm palm down. Measure about three finger-widths down from the outer elbow knob onto the back of the forearm. Make a fist and lift it: the muscle that hardens under your fingers is the wrist extensor group; search it for a tight band with one especially sore spot.",
        pressTest:
          "Press the spot for about 10 seconds. If it is the source, your usual ache spreads into the back of the wrist and hand. If you only feel soreness under your finger, it is probably not the main cause.",
        treatments: [
          dorsalLargeBall("the upper half of the back of the forearm"),
          {
            method: "fingers",
            position: "Sitting with the forearm resting palm down on a table or your thigh.",
            technique:
              "Press the sore spot with the other thumb and hold until it eases, up to a minute, staying at about 5 out of 10. You can also stroke slowly along the muscle toward the wrist.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 5,
            gentle: false,
          },
          dorsalSmallBall("the sore spot a hand's width or so below the outer elbow"),
          forearmRoller("back"),
        ],
        followUp:
          "With the elbow straight and the palm down, make a gentle fist and bend the wrist down, helped by the other hand, for 30 seconds. Repeat two or three times, and take short breaks from the keyboard to let the hand hang loose.",
        cautions: ["radial-nerve"],
      },
    ],
  },

  // ────────────────────────── Extensor carpi ulnaris ──────────────────────────
  {
    id: "extensor-carpi-ulnaris",
    name: "Extensor carpi ulnaris",
    about:
      "A wrist muscle along the little-finger side of the back of the forearm. It lifts the back of the hand and tilts it toward the little finger.",
    sources: [
      { source: "simons-1999", locator: "ch. 34, Hand extensor and brachioradialis muscles" },
      { source: "davies-2013", locator: "ch. 7, Elbow, forearm, and hand pain: hand extensors" },
    ],
    evidence:
      "Pain on the little-finger side of the wrist also comes from the wrist cartilage (TFCC) and the tendon sheath; a clicking or unstable wrist needs a clinician's look.",
    triggerPoints: [
      {
        id: "extensor-carpi-ulnaris-1",
        name: "Extensor carpi ulnaris, point 1",
        location: {
          region: "forearm-dorsal-ulnar",
          landmark:
            "On the back of the forearm toward the little-finger side, about a hand's width (7–8 cm) below the outer elbow knob, just beside the sharp edge of the ulna bone.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 34, Hand extensor and brachioradialis muscles" },
        referral: [
          { region: "wrist-dorsal", kind: "essential" },
          { region: "forearm-dorsal-ulnar", kind: "spillover" },
        ],
        symptoms: ["pain-on-loading"],
        activatedBy: [
          "Holding the wrist bent toward the little finger while typing or using a mouse",
          "Hammering, chopping or other tasks that flick the wrist toward the little finger",
          "A wrist injury or a period in a cast",
        ],
        find:
          "Rest the forearm palm down. Run a finger along the sharp bony edge of the ulna on the little-finger side, then move just onto the muscle beside it, about a hand's width below the elbow. Lift the hand and tilt it toward the little finger: this muscle tightens. Search it for a tender band.",
        pressTest:
          "Press for about 10 seconds. If it is the source, the familiar ache appears on the back of the wrist on the little-finger side. Local soreness alone is not enough.",
        treatments: [
          dorsalLargeBall("the little-finger side of the back of the forearm"),
          {
            method: "fingers",
            position: "Sitting with the forearm resting palm down on a table.",
            technique:
              "Press the tender spot with the other thumb, keeping off the bare bone, and hold until it eases, up to a minute, at about 5 out of 10.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 5,
            gentle: false,
          },
          dorsalSmallBall("the muscle just beside the ulna, a hand's width below the elbow"),
        ],
        followUp:
          "With the elbow straight and the palm down, bend the wrist down and tilt it toward the thumb, helped gently by the other hand, for 30 seconds. Repeat two or three times.",
        cautions: [],
      },
    ],
  },

  // ─────────────────────────── Extensor digitorum ───────────────────────────
  {
    id: "extensor-digitorum",
    name: "Extensor digitorum",
    about:
      "The main finger-straightening muscle, lying down the middle of the back of the forearm and splitting into tendons for the four fingers. It straightens the fingers and helps hold the wrist up while you grip.",
    sources: [
      { source: "simons-1999", locator: "ch. 35, Extensor digitorum and extensor indicis muscles" },
      { source: "davies-2013", locator: "ch. 7, Elbow, forearm, and hand pain: finger extensors" },
    ],
    evidence:
      "Each part of the muscle tends to refer into the finger it moves; the middle-finger part is the one most often described. Pain into the middle finger can also come from a pinched C7 nerve root in the neck, which usually brings numbness or weakness too.",
    triggerPoints: [
      {
        id: "extensor-digitorum-1",
        name: "Extensor digitorum, middle-finger part",
        location: {
          region: "forearm-dorsal-radial",
          landmark:
            "On the back of the forearm, two to three finger-widths (3–4 cm) below the elbow, near the middle of the forearm, in the part that moves when you lift the middle finger.",
          depth: "superficial",
        },
        prevalence: "common",
        prevalenceSource: { source: "fernandez-carnero-2007", locator: "results: extensor digitorum communis" },
        referral: [
          { region: "middle-finger", kind: "essential" },
          { region: "hand-dorsal", kind: "essential" },
          { region: "wrist-dorsal", kind: "essential" },
          { region: "forearm-dorsal-radial", kind: "essential" },
          { region: "elbow-outer", kind: "spillover" },
        ],
        symptoms: ["stiffness", "weakness", "pain-on-loading"],
        activatedBy: [
          "Typing, mouse work and playing instruments such as piano or guitar",
          "Repeated strong gripping",
          "Sleeping with the wrist bent",
        ],
        find:
          "Rest the forearm palm down on a table and lay your other fingers across the back of the forearm, a few finger-widths below the elbow. Lift and lower just the middle finger: you will feel a strip of muscle move under your fingers. Search that strip for a tender, ropy spot.",
        pressTest:
          "Press the spot for about 10 seconds. If it is the source, your familiar ache spreads down the back of the forearm, wrist and hand toward the middle finger, usually stopping before the fingertip. Soreness only under your finger does not prove it.",
        treatments: [
          dorsalLargeBall("the middle of the back of the forearm, a few finger-widths below the elbow"),
          {
            method: "fingers",
            position: "Sitting with the forearm resting palm down on a table.",
            technique:
              "Press the tender spot with the other thumb and hold until it eases, up to a minute, at about 5 out of 10. If tingling runs into the back of the hand, move slightly off the spot.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 5,
            gentle: false,
          },
          dorsalSmallBall("the tender strip a few finger-widths below the elbow"),
          forearmRoller("back"),
        ],
        followUp:
          "With the elbow straight and the palm down, curl the fingers into a loose fist and gently bend the wrist down for 30 seconds. Then open and close the hand slowly 10 times.",
        cautions: ["radial-nerve"],
      },
      {
        id: "extensor-digitorum-2",
        name: "Extensor digitorum, ring- and little-finger part",
        location: {
          region: "forearm-dorsal-ulnar",
          landmark:
            "On the back of the forearm, a little further down and toward the little-finger side than the middle-finger part, in the strip that moves when you lift the ring finger.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 35, Extensor digitorum and extensor indicis muscles" },
        referral: [
          { region: "ring-finger", kind: "essential" },
          { region: "hand-dorsal", kind: "essential" },
          { region: "forearm-dorsal-ulnar", kind: "essential" },
          { region: "wrist-dorsal", kind: "spillover" },
          { region: "little-finger", kind: "spillover" },
        ],
        symptoms: ["stiffness", "weakness"],
        activatedBy: [
          "Typing, mouse work and playing instruments",
          "Repeated strong gripping",
        ],
        find:
          "With the forearm palm down, lay your fingers across the back of the forearm toward the little-finger side, about a third of the way down from the elbow. Lift and lower the ring finger: feel for the strip that moves and search it for a sore spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, the familiar ache runs down the back of the forearm and hand into the ring finger, sometimes the little finger too. Local soreness alone is not enough.",
        treatments: [
          dorsalLargeBall("the little-finger half of the back of the forearm"),
          {
            method: "fingers",
            position: "Sitting with the forearm resting palm down on a table.",
            technique: "Press the sore spot with the other thumb and hold until it eases, up to a minute, at about 5 out of 10.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 5,
            gentle: false,
          },
          dorsalSmallBall("the sore strip on the little-finger half"),
        ],
        followUp:
          "With the elbow straight and the palm down, curl the fingers into a loose fist and gently bend the wrist down for 30 seconds. Then open and close the hand slowly 10 times.",
        cautions: [],
      },
      {
        id: "extensor-digitorum-3",
        name: "Extensor digitorum, index-finger part",
        location: {
          region: "forearm-dorsal-radial",
          landmark:
            "On the back of the forearm, in the thumb-side edge of the finger-extensor strip, a third of the way down from the elbow, where the muscle moves when you lift the index finger.",
          depth: "superficial",
        },
        prevalence: "rare",
        prevalenceSource: { source: "simons-1999", locator: "ch. 35, Extensor digitorum and extensor indicis muscles (index part not among the classic patterns)" },
        referral: [
          { region: "index-finger", kind: "essential" },
          { region: "hand-dorsal", kind: "essential" },
          { region: "wrist-dorsal", kind: "spillover" },
          { region: "forearm-dorsal-radial", kind: "spillover" },
        ],
        symptoms: ["stiffness"],
        activatedBy: ["Mouse clicking and typing", "Pointing and pressing with the index finger for long periods"],
        find:
          "With the forearm palm down, lay your fingers across the back of the forearm a third of the way down from the elbow, on the thumb side of the middle. Lift and lower the index finger and feel for the strip that moves; search it for a sore spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, your familiar ache appears on the back of the hand and into the index finger. Soreness only under your finger does not prove it.",
        treatments: [
          dorsalLargeBall("the thumb side of the back of the forearm"),
          {
            method: "fingers",
            position: "Sitting with the forearm resting palm down on a table.",
            technique:
              "Press the sore spot with the other thumb and hold until it eases, up to a minute, at about 5 out of 10; move slightly if tingling runs into the hand.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 5,
            gentle: false,
          },
          dorsalSmallBall("the sore spot a third of the way down the forearm"),
        ],
        followUp:
          "With the elbow straight and the palm down, bend the index finger and then the wrist down for 30 seconds, helped gently by the other hand.",
        cautions: ["radial-nerve"],
      },
    ],
  },

  // ──────────────────────────── Extensor indicis ────────────────────────────
  {
    id: "extensor-indicis",
    name: "Extensor indicis",
    about:
      "A small, deep muscle in the lower half of the back of the forearm that straightens the index finger on its own, as when pointing.",
    sources: [
      { source: "simons-1999", locator: "ch. 35, Extensor digitorum and extensor indicis muscles" },
      { source: "davies-2013", locator: "ch. 7, Elbow, forearm, and hand pain: finger extensors" },
    ],
    evidence:
      "Pain on the thumb side of the back of the wrist has look-alikes such as de Quervain's tendon irritation and wrist arthritis, which a clinician can test for.",
    triggerPoints: [
      {
        id: "extensor-indicis-1",
        name: "Extensor indicis, point 1",
        location: {
          region: "forearm-dorsal-ulnar",
          landmark:
            "On the back of the forearm, about a hand's width above the wrist, in the middle between the two forearm bones.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 35, Extensor digitorum and extensor indicis muscles" },
        referral: [
          { region: "wrist-dorsal", kind: "essential" },
          { region: "hand-dorsal", kind: "essential" },
        ],
        symptoms: [],
        activatedBy: ["Mouse clicking and pointing", "Repeated fine work with the index finger straight"],
        find:
          "Rest the forearm palm down. Place two fingers in the middle of the back of the forearm about a hand's width above the wrist. Curl the other fingers and lift only the index finger up and down: the small muscle you feel working underneath is the extensor indicis.",
        pressTest:
          "Press firmly for about 10 seconds. If it is the source, the familiar ache appears on the back of the wrist and hand on the thumb side. If you only feel local soreness, look elsewhere.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting with the forearm resting palm down on a table.",
            technique:
              "Press the spot firmly but slowly with the fingertips or thumb of the other hand and hold until the tenderness eases, staying at about 5 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: true,
          },
          dorsalSmallBall("the middle of the forearm a hand's width above the wrist"),
          {
            method: "knobbed-tool",
            position: "Sitting with the forearm resting palm down on a table.",
            technique: "Press the knob slowly into the spot between the two bones and hold at a bearable tenderness.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Make a fist with the index finger curled in and gently bend the wrist down for 30 seconds, elbow straight.",
        cautions: [],
      },
    ],
  },

  // ─────────────────────────────── Supinator ───────────────────────────────
  {
    id: "supinator",
    name: "Supinator",
    about:
      "A deep muscle wrapped around the upper part of the radius just below the elbow. It turns the palm up, as when turning a doorknob or a screwdriver.",
    sources: [
      { source: "simons-1999", locator: "ch. 36, Supinator muscle" },
      { source: "davies-2013", locator: "ch. 7, Elbow, forearm, and hand pain: supinator" },
    ],
    evidence:
      "A branch of the radial nerve passes through this muscle. Weakness in lifting the fingers or the wrist points to that nerve being squeezed and needs a clinician's assessment.",
    triggerPoints: [
      {
        id: "supinator-1",
        name: "Supinator, point 1",
        location: {
          region: "forearm-volar-radial",
          landmark:
            "On the palm side of the forearm just below the elbow crease, on the thumb side of the firm biceps tendon, pressing down onto the radius bone.",
          depth: "deep",
        },
        prevalence: "common",
        prevalenceSource: { source: "simons-1999", locator: "ch. 36, Supinator muscle (a key muscle in tennis elbow)" },
        referral: [
          { region: "elbow-outer", kind: "essential" },
          { region: "hand-dorsal", kind: "essential" },
          { region: "forearm-dorsal-radial", kind: "spillover" },
        ],
        symptoms: ["pain-on-loading"],
        activatedBy: [
          "Turning doorknobs, jar lids or screwdrivers",
          "Carrying a heavy bag with the elbow straight",
          "Tennis backhands, especially with the elbow straight",
          "Walking a dog that pulls on the lead",
        ],
        find:
          "Turn the palm up and bend the elbow a little. Find the firm cord of the biceps tendon in the middle of the elbow crease, then move just to the thumb side of it and slightly below the crease. Press down gently toward the bone. Turning the palm up against resistance from the other hand makes the muscle tighten under your fingers.",
        pressTest:
          "Press for about 10 seconds. If it is the source, your familiar ache appears at the outer elbow, sometimes in the web between the thumb and index finger. Soreness only under your finger is not proof. Tingling into the back of the hand means you are on the nerve: move off it.",
        treatments: [
          volarLargeBall("the thumb side just below the elbow, keeping off the middle of the crease", 4),
          {
            method: "fingers",
            position: "Sitting with the forearm resting palm up on your thigh and the elbow slightly bent.",
            technique:
              "Press in with the thumb or two fingers just to the thumb side of the biceps tendon and below the crease, down toward the bone, and hold at about 4 out of 10 until it eases. Stop if you feel a pulse or tingling, and reposition.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 4,
            gentle: false,
          },
        ],
        followUp:
          "With the elbow straight, turn the palm down as far as it goes and let the other hand add a gentle extra turn for 30 seconds. Repeat two or three times.",
        cautions: ["elbow-crease", "radial-nerve"],
      },
    ],
  },

  // ──────────────────────────── Palmaris longus ────────────────────────────
  {
    id: "palmaris-longus",
    name: "Palmaris longus",
    about:
      "A slim muscle in the middle of the palm side of the forearm whose tendon fans out into the tough sheet under the skin of the palm. It tenses the palm and helps bend the wrist; some people do not have one.",
    sources: [
      { source: "simons-1999", locator: "ch. 37, Palmaris longus muscle" },
      { source: "davies-2013", locator: "ch. 7, Elbow, forearm, and hand pain: palmaris longus" },
    ],
    evidence:
      "Its pain is described as prickly and close to the skin of the palm. A thickening cord in the palm (Dupuytren's contracture) or numbness in the fingers are different problems that need a clinician.",
    triggerPoints: [
      {
        id: "palmaris-longus-1",
        name: "Palmaris longus, point 1",
        location: {
          region: "forearm-volar-ulnar",
          landmark:
            "On the palm side of the forearm, a third to halfway down from the elbow, near the middle of the forearm and slightly toward the little-finger side.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 37, Palmaris longus muscle" },
        referral: [
          { region: "palm", kind: "essential" },
          { region: "wrist-volar", kind: "spillover" },
          { region: "forearm-volar-ulnar", kind: "spillover" },
        ],
        symptoms: ["pain-on-loading"],
        activatedBy: [
          "Pressing tool handles into the palm (secateurs, screwdrivers, walking sticks)",
          "Falls onto the outstretched hand",
          "Long spells of gripping",
        ],
        find:
          "Touch the tips of the thumb and little finger together and bend the wrist slightly: if you have this muscle, a thin tendon stands out in the middle of the wrist. Follow it up the forearm to where it becomes muscle, a third to halfway toward the elbow, and search there for a tender spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, the familiar prickly soreness appears in the palm. Tenderness only where you press is not enough.",
        treatments: [
          volarLargeBall("the middle of the forearm, a third to halfway down from the elbow"),
          {
            method: "fingers",
            position: "Sitting with the forearm resting palm up on a table or your thigh.",
            technique:
              "Press the tender spot with the other thumb and hold until it eases, up to a minute, at about 5 out of 10. Slow strokes toward the wrist work too.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 5,
            gentle: false,
          },
          volarSmallBall("the tender spot in the middle of the forearm"),
          forearmRoller("palm side"),
        ],
        followUp:
          "With the elbow straight and the palm facing forward, spread the fingers and gently bend the hand back with the other hand for 30 seconds. Pad tool handles so they do not dig into the palm.",
        cautions: [],
      },
    ],
  },

  // ───────────────────────── Flexor carpi radialis ─────────────────────────
  {
    id: "flexor-carpi-radialis",
    name: "Flexor carpi radialis",
    about:
      "A wrist muscle running from the inner elbow diagonally to the thumb side of the wrist. It bends the wrist forward and toward the thumb.",
    sources: [
      { source: "simons-1999", locator: "ch. 38, Hand and finger flexors in the forearm" },
      { source: "davies-2013", locator: "ch. 7, Elbow, forearm, and hand pain: hand and finger flexors" },
    ],
    evidence:
      "Pain on the palm side of the wrist with numbness or night tingling in the thumb and first fingers suggests carpal tunnel syndrome, which should be checked.",
    triggerPoints: [
      {
        id: "flexor-carpi-radialis-1",
        name: "Flexor carpi radialis, point 1",
        location: {
          region: "forearm-volar-radial",
          landmark:
            "On the palm side of the forearm, about a third of the way down from the elbow, just to the thumb side of the middle.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 38, Hand and finger flexors in the forearm" },
        referral: [
          { region: "wrist-volar", kind: "essential" },
          { region: "palm", kind: "spillover" },
          { region: "forearm-volar-radial", kind: "spillover" },
        ],
        symptoms: ["pain-on-loading"],
        activatedBy: [
          "Gripping and twisting, such as wringing cloths or using scissors",
          "Long spells of holding a steering wheel or handlebars",
          "Working with the wrist bent forward",
        ],
        find:
          "Rest the forearm palm up. Bend the wrist up toward you and toward the thumb against light resistance from the other hand: a tendon stands out on the thumb side of the middle of the wrist. Follow it up the forearm to where it becomes muscle, about a third of the way down from the elbow, and search for a sore band.",
        pressTest:
          "Press for about 10 seconds. If it is the source, the familiar ache appears at the palm side of the wrist on the thumb side, sometimes into the palm. Soreness only under your finger does not prove it.",
        treatments: [
          volarLargeBall("the thumb half of the forearm, a third of the way down"),
          {
            method: "fingers",
            position: "Sitting with the forearm resting palm up on a table.",
            technique: "Press the sore spot with the other thumb and hold until it eases, up to a minute, at about 5 out of 10.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 5,
            gentle: false,
          },
          volarSmallBall("the sore spot on the thumb side of the middle"),
          forearmRoller("palm side"),
        ],
        followUp:
          "With the elbow straight and the palm facing forward, bend the hand back and tilt it toward the little finger, helped gently by the other hand, for 30 seconds.",
        cautions: [],
      },
    ],
  },

  // ───────────────────────── Flexor carpi ulnaris ─────────────────────────
  {
    id: "flexor-carpi-ulnaris",
    name: "Flexor carpi ulnaris",
    about:
      "A wrist muscle along the little-finger edge of the palm side of the forearm. It bends the wrist forward and toward the little finger, as in hammering.",
    sources: [
      { source: "simons-1999", locator: "ch. 38, Hand and finger flexors in the forearm" },
      { source: "davies-2013", locator: "ch. 7, Elbow, forearm, and hand pain: hand and finger flexors" },
    ],
    evidence:
      "The ulnar nerve runs under this muscle. Numbness or tingling in the ring and little fingers points to that nerve rather than a trigger point and should be checked.",
    triggerPoints: [
      {
        id: "flexor-carpi-ulnaris-1",
        name: "Flexor carpi ulnaris, point 1",
        location: {
          region: "forearm-volar-ulnar",
          landmark:
            "On the little-finger edge of the palm side of the forearm, about a third of the way down from the elbow, next to the ridge of the ulna bone.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 38, Hand and finger flexors in the forearm" },
        referral: [
          { region: "wrist-volar", kind: "essential" },
          { region: "forearm-volar-ulnar", kind: "spillover" },
        ],
        symptoms: ["pain-on-loading"],
        activatedBy: [
          "Hammering, chopping and other hard downward flicks of the wrist",
          "Long gripping with the wrist bent toward the little finger",
          "Leaning on the inner forearm at a desk",
        ],
        find:
          "Rest the forearm palm up. Feel the small bone at the little-finger side of the wrist crease and the tendon running up from it; bend the wrist toward the little finger against light resistance to make it stand out. Follow the muscle up the edge of the forearm to about a third of the way from the elbow and search for a sore band.",
        pressTest:
          "Press for about 10 seconds. If it is the source, the familiar ache appears at the palm side of the wrist on the little-finger side. An electric feeling into the little finger means you are on the ulnar nerve: move away.",
        treatments: [
          volarLargeBall("the little-finger edge of the forearm, staying well below the inner elbow"),
          {
            method: "fingers",
            position: "Sitting with the forearm resting palm up on a table.",
            technique:
              "Press the sore band with the other thumb and hold until it eases, up to a minute, at about 5 out of 10. Keep off the groove behind the inner elbow bone.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "pincer",
            position: "Sitting with the forearm resting palm up.",
            technique:
              "Grip the muscle along the little-finger edge between the thumb and fingers of the other hand and squeeze gently on the sore band until it softens.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "With the elbow straight and the palm facing forward, bend the hand back and tilt it toward the thumb, helped gently by the other hand, for 30 seconds.",
        cautions: ["ulnar-nerve"],
      },
    ],
  },

  // ───────────────────────────── Finger flexors ─────────────────────────────
  {
    id: "finger-flexors",
    name: "Flexor digitorum superficialis and profundus",
    about:
      "Two layers of muscle filling the palm side of the forearm, with long tendons that run through the wrist to bend the fingers. They do the work of every grip.",
    sources: [
      { source: "simons-1999", locator: "ch. 38, Hand and finger flexors in the forearm" },
      { source: "davies-2013", locator: "ch. 7, Elbow, forearm, and hand pain: hand and finger flexors" },
    ],
    evidence:
      "Each part tends to refer into the finger it bends, sometimes shooting past the fingertip; the middle, ring and little finger parts are the classic drawings, and the index part follows the same rule. Numbness, night tingling or a finger that catches and locks need a clinician to rule out nerve problems or trigger finger.",
    triggerPoints: [
      {
        id: "finger-flexors-1",
        name: "Finger flexors, middle-finger part",
        location: {
          region: "forearm-volar-radial",
          landmark:
            "In the middle of the palm side of the forearm, about a third to halfway down from the elbow, in the fibres that move when you bend the middle finger.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 38, Hand and finger flexors in the forearm" },
        referral: [
          { region: "middle-finger", kind: "essential" },
          { region: "palm", kind: "spillover" },
        ],
        symptoms: ["pain-on-loading"],
        activatedBy: [
          "Strong or long gripping: tools, steering wheels, climbing holds, gardening",
          "Writing, knitting and playing string instruments",
          "Carrying bags by narrow handles",
        ],
        find:
          "Rest the forearm palm up and lay your other fingers across the middle of the forearm, a third of the way down from the elbow. Bend and straighten just the middle finger: you will feel a band move under your fingers. Press through the surface muscle into that band and search for a sore spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, the familiar pain shoots along the palm side of the middle finger, sometimes past its tip. Soreness only in the forearm does not prove it.",
        treatments: [
          volarLargeBall("the middle of the forearm a third of the way down"),
          {
            method: "fingers",
            position: "Sitting with the forearm resting palm up on a table.",
            technique:
              "Press slowly with the thumb or two fingers into the band that moves with the middle finger and hold until it eases, up to a minute, at about 5 out of 10.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 5,
            gentle: false,
          },
          volarSmallBall("the band in the middle of the forearm"),
          forearmRoller("palm side"),
        ],
        followUp:
          "With the elbow straight and the palm facing forward, gently pull the fingers and hand back with the other hand for 30 seconds, then let go and shake the hand loose.",
        cautions: [],
      },
      {
        id: "finger-flexors-2",
        name: "Finger flexors, ring-finger part",
        location: {
          region: "forearm-volar-ulnar",
          landmark:
            "On the palm side of the forearm toward the little-finger side, about a third of the way down from the elbow, in the fibres that move when you bend the ring finger.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 38, Hand and finger flexors in the forearm" },
        referral: [
          { region: "ring-finger", kind: "essential" },
          { region: "palm", kind: "spillover" },
        ],
        symptoms: ["pain-on-loading"],
        activatedBy: [
          "Strong or long gripping: tools, climbing holds, racquets",
          "Carrying bags by narrow handles",
        ],
        find:
          "Rest the forearm palm up and lay your fingers across the little-finger half of the forearm, a third of the way down from the elbow. Bend and straighten just the ring finger and feel for the band that moves; search it for a sore spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, the familiar pain runs along the palm side of the ring finger. Local soreness alone is not enough; an electric feeling into the little finger means you are on the ulnar nerve, so move slightly.",
        treatments: [
          volarLargeBall("the little-finger half of the forearm, a third of the way down"),
          {
            method: "fingers",
            position: "Sitting with the forearm resting palm up on a table.",
            technique:
              "Press slowly into the band that moves with the ring finger and hold until it eases, up to a minute, at about 5 out of 10.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 5,
            gentle: false,
          },
          volarSmallBall("the band on the little-finger half of the forearm"),
        ],
        followUp:
          "With the elbow straight and the palm facing forward, gently pull the fingers and hand back with the other hand for 30 seconds.",
        cautions: ["ulnar-nerve"],
      },
      {
        id: "finger-flexors-3",
        name: "Finger flexors, little-finger part",
        location: {
          region: "forearm-volar-ulnar",
          landmark:
            "Along the little-finger edge of the palm side of the forearm, a third to halfway down from the elbow, deep beside the ulna bone, in the fibres that move when you bend the little finger.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 38, Hand and finger flexors in the forearm" },
        referral: [
          { region: "little-finger", kind: "essential" },
          { region: "palm", kind: "spillover" },
        ],
        symptoms: ["pain-on-loading"],
        activatedBy: ["Strong gripping, especially with a hammer or racquet", "Playing string instruments"],
        find:
          "Rest the forearm palm up and press your fingers just inside the little-finger edge of the forearm, a third to halfway down. Bend and straighten the little finger and feel for the deep band that moves; search it for a sore spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, the familiar pain runs along the little finger. An electric or buzzing feeling means you are on the ulnar nerve: move away.",
        treatments: [
          volarLargeBall("the little-finger edge of the forearm", 4),
          {
            method: "fingers",
            position: "Sitting with the forearm resting palm up on a table.",
            technique:
              "Press slowly with the fingertips into the deep band beside the ulna and hold until it eases, up to a minute, at about 4 out of 10.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 4,
            gentle: false,
          },
        ],
        followUp:
          "With the elbow straight and the palm facing forward, gently pull the ring and little fingers back with the other hand for 30 seconds.",
        cautions: ["ulnar-nerve"],
      },
      {
        id: "finger-flexors-4",
        name: "Finger flexors, index-finger part",
        location: {
          region: "forearm-volar-radial",
          landmark:
            "On the palm side of the forearm on the thumb side of the middle, about halfway down, in the fibres that move when you bend the index finger.",
          depth: "deep",
        },
        prevalence: "rare",
        prevalenceSource: { source: "simons-1999", locator: "ch. 38, Hand and finger flexors in the forearm (index part not among the classic patterns)" },
        referral: [
          { region: "index-finger", kind: "essential" },
          { region: "palm", kind: "spillover" },
        ],
        symptoms: ["pain-on-loading"],
        activatedBy: ["Writing and drawing with a tight grip", "Using scissors, secateurs or a spray trigger"],
        find:
          "Rest the forearm palm up and lay your fingers on the thumb side of the middle, about halfway down. Bend and straighten just the index finger and feel for the band that moves; search it for a sore spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, the familiar pain runs along the palm side of the index finger. Local soreness alone is not enough.",
        treatments: [
          volarLargeBall("the thumb side of the middle of the forearm, halfway down"),
          {
            method: "fingers",
            position: "Sitting with the forearm resting palm up on a table.",
            technique:
              "Press slowly into the band that moves with the index finger and hold until it eases, up to a minute, at about 5 out of 10. If you feel a pulse, move slightly toward the middle.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 5,
            gentle: false,
          },
          volarSmallBall("the band halfway down the forearm"),
        ],
        followUp:
          "With the elbow straight and the palm facing forward, gently pull the index finger and the hand back with the other hand for 30 seconds.",
        cautions: [],
      },
    ],
  },

  // ───────────────────────── Flexor pollicis longus ─────────────────────────
  {
    id: "flexor-pollicis-longus",
    name: "Flexor pollicis longus",
    about:
      "A deep muscle on the thumb side of the palm side of the forearm whose tendon bends the tip of the thumb, as in pinching or writing.",
    sources: [
      { source: "simons-1999", locator: "ch. 38, Hand and finger flexors in the forearm" },
      { source: "davies-2013", locator: "ch. 7, Elbow, forearm, and hand pain: hand and finger flexors" },
    ],
    evidence:
      "Thumb pain also comes from arthritis at the base of the thumb and from a catching (trigger) thumb; these need a clinician's look if the joint is swollen or the thumb locks.",
    triggerPoints: [
      {
        id: "flexor-pollicis-longus-1",
        name: "Flexor pollicis longus, point 1",
        location: {
          region: "forearm-volar-radial",
          landmark:
            "On the palm side of the forearm on the thumb side, in the lower half, a few finger-widths above the wrist crease and deep to the surface muscles.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 38, Hand and finger flexors in the forearm" },
        referral: [
          { region: "thumb", kind: "essential" },
          { region: "thenar", kind: "spillover" },
        ],
        symptoms: ["pain-on-loading"],
        activatedBy: [
          "Writing with a tight pinch grip",
          "Pinching and pulling, such as weeding or sewing",
          "Texting and phone use with the thumb",
        ],
        find:
          "Rest the forearm palm up. Find the pulse on the thumb side of the wrist, then move up the forearm a few finger-widths and slightly toward the middle, away from the pulse. Bend just the tip of the thumb: you will feel a deep muscle move. Search it for a sore spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, the familiar pain runs along the palm side of the thumb, sometimes past its tip. Local soreness alone is not proof.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting with the forearm resting palm up on a table.",
            technique:
              "Press slowly with the fingertips into the deep muscle that moves with the thumb tip, staying to the side of the pulse, and hold until it eases, at about 4 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 4,
            gentle: true,
          },
          volarSmallBall("the thumb side of the lower forearm, away from the wrist pulse", 4),
        ],
        followUp:
          "With the palm facing forward and the wrist bent back, gently pull the thumb back with the other hand for 30 seconds.",
        cautions: [],
      },
    ],
  },

  // ────────────────────────────── Pronator teres ──────────────────────────────
  {
    id: "pronator-teres",
    name: "Pronator teres",
    about:
      "A short muscle crossing the front of the forearm just below the elbow, from the inner elbow to the middle of the radius. It turns the palm down.",
    sources: [
      { source: "simons-1999", locator: "ch. 38, Hand and finger flexors in the forearm" },
      { source: "davies-2013", locator: "ch. 7, Elbow, forearm, and hand pain: pronator teres" },
    ],
    evidence:
      "The median nerve passes through this muscle; numbness in the thumb and first fingers that is worse with turning the forearm should be checked by a clinician.",
    triggerPoints: [
      {
        id: "pronator-teres-1",
        name: "Pronator teres, point 1",
        location: {
          region: "forearm-volar-ulnar",
          landmark:
            "Two finger-widths below the elbow crease, just on the little-finger side of the middle, in the short diagonal muscle running from the inner elbow toward the thumb side of the forearm.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 38, Hand and finger flexors in the forearm" },
        referral: [
          { region: "wrist-volar", kind: "essential" },
          { region: "forearm-volar-radial", kind: "essential" },
        ],
        symptoms: ["pain-on-loading", "restricted-motion"],
        activatedBy: [
          "Turning the palm down forcefully, as with a screwdriver or wringing cloths",
          "Tennis or golf strokes with strong forearm rotation",
          "A broken wrist or elbow and time in a cast",
        ],
        find:
          "Bend the elbow to a right angle with the palm up. Place your fingers two finger-widths below the elbow crease, just on the little-finger side of the middle. Turn the palm down against resistance from the other hand: the muscle tightens under your fingers. Relax and search it for a sore spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, a deep familiar ache appears at the palm side of the wrist on the thumb side, sometimes along the forearm. Tingling into the fingers or a pulse under your finger means move away.",
        treatments: [
          volarLargeBall("the upper forearm just below the elbow, keeping off the middle of the crease", 4),
          {
            method: "fingers",
            position: "Sitting with the forearm resting palm up on your thigh and the elbow slightly bent.",
            technique:
              "Press the sore spot with the thumb of the other hand, below the crease and beside any pulse, and hold until it eases, up to a minute, at about 4 out of 10.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 4,
            gentle: false,
          },
        ],
        followUp:
          "With the elbow straight, turn the palm up as far as it goes and let the other hand add a gentle extra turn for 30 seconds. Repeat two or three times.",
        cautions: ["elbow-crease"],
      },
    ],
  },

  // ───────────────────────────── Adductor pollicis ─────────────────────────────
  {
    id: "adductor-pollicis",
    name: "Adductor pollicis",
    about:
      "The muscle in the web between the thumb and the palm. It pulls the thumb in toward the hand, giving strength to pinching and gripping.",
    sources: [
      { source: "simons-1999", locator: "ch. 39, Adductor and opponens pollicis muscles" },
      { source: "davies-2013", locator: "ch. 7, Elbow, forearm, and hand pain: adductor and opponens pollicis" },
    ],
    evidence:
      "Aching at the base of the thumb is also typical of arthritis of the thumb's base joint, which can coexist with these trigger points.",
    triggerPoints: [
      {
        id: "adductor-pollicis-1",
        name: "Adductor pollicis, web point",
        location: {
          region: "palm",
          landmark:
            "In the web between the thumb and index finger, on the palm side, close to the thumb's knuckle.",
          depth: "superficial",
        },
        prevalence: "common",
        prevalenceSource: { source: "simons-1999", locator: "ch. 39, Adductor and opponens pollicis muscles" },
        referral: [
          { region: "thumb", kind: "essential" },
          { region: "thenar", kind: "essential" },
          { region: "hand-dorsal", kind: "spillover" },
        ],
        symptoms: ["pain-on-loading", "weakness"],
        activatedBy: [
          "Pinching and gripping for long periods: writing, sewing, painting, weeding",
          "Texting and holding a phone",
          "Pulling with the thumb, such as opening packets",
        ],
        find:
          "Hold the web between the thumb and index finger between the thumb and fingers of your other hand. Press the thumb toward the index finger: the muscle you feel tighten on the palm side of the web is the adductor. Search it for a sore knot near the thumb's knuckle.",
        pressTest:
          "Squeeze the knot for about 10 seconds. If it is the source, the familiar ache appears along the outer side of the thumb and over its ball. Tenderness only where you squeeze is common and not enough.",
        treatments: [
          {
            method: "pincer",
            position: "Sitting with the hand relaxed in your lap.",
            technique:
              "Grip the web between your other thumb (on the palm side) and fingers (on the back) and squeeze gently on the sore knot until it eases, at about 5 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "small-ball",
            position: "Sitting at a table with a small ball on the tabletop.",
            technique:
              "Place the palm side of the web on the ball and lean the hand onto it slowly, rolling a little to find the sore spot; hold at a bearable tenderness.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "knobbed-tool",
            position: "Sitting with the hand resting palm up on a table.",
            technique: "Press the knob slowly into the web on the palm side, close to the thumb, and hold at about 5 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Spread the thumb away from the index finger as far as is comfortable and let the other hand add a gentle extra stretch for 30 seconds. Use a thicker pen and take breaks from pinching.",
        cautions: [],
      },
      {
        id: "adductor-pollicis-2",
        name: "Adductor pollicis, deep palm point",
        location: {
          region: "palm",
          landmark:
            "Deeper in the palm, on the palm side of the web, next to the long bone behind the index finger, about halfway between the wrist and the knuckle.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 39, Adductor and opponens pollicis muscles" },
        referral: [
          { region: "thumb", kind: "essential" },
          { region: "thenar", kind: "essential" },
          { region: "hand-dorsal", kind: "spillover" },
        ],
        symptoms: ["pain-on-loading", "weakness"],
        activatedBy: ["Strong pinch and grip work", "Gripping tools or handlebars with the thumb wrapped around"],
        find:
          "On the palm side, press your other thumb into the web next to the bone behind the index finger, halfway toward the wrist. Press the thumb toward the index finger to feel the muscle tighten, then relax and search for a deep sore spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, the familiar ache appears along the side of the thumb and over its ball. Local tenderness alone is not proof.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting with the hand relaxed palm up in your lap.",
            technique:
              "Press slowly with the other thumb into the deep spot, angling toward the index finger's bone, and hold until it eases, at about 4 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 4,
            gentle: true,
          },
          {
            method: "small-ball",
            position: "Sitting at a table with a small ball on the tabletop.",
            technique: "Lean the palm onto the ball at the spot and hold at a bearable tenderness, then roll a little and repeat.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: false,
          },
        ],
        followUp:
          "Spread the thumb away from the index finger as far as is comfortable and hold for 30 seconds, then circle the thumb slowly ten times.",
        cautions: [],
      },
    ],
  },

  // ───────────────────────────── Opponens pollicis ─────────────────────────────
  {
    id: "opponens-pollicis",
    name: "Opponens pollicis",
    about:
      "A muscle in the ball of the thumb that swings the thumb across the palm to meet the fingertips, as in picking up small things.",
    sources: [
      { source: "simons-1999", locator: "ch. 39, Adductor and opponens pollicis muscles" },
      { source: "davies-2013", locator: "ch. 7, Elbow, forearm, and hand pain: adductor and opponens pollicis" },
    ],
    evidence:
      "Pain at the thumb and the thumb side of the wrist has important look-alikes: carpal tunnel syndrome (with numbness), de Quervain's tendon irritation and thumb base arthritis.",
    triggerPoints: [
      {
        id: "opponens-pollicis-1",
        name: "Opponens pollicis, point 1",
        location: {
          region: "thenar",
          landmark: "In the ball of the thumb, along the edge of the long bone that runs from the wrist to the thumb's knuckle.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 39, Adductor and opponens pollicis muscles" },
        referral: [
          { region: "thumb", kind: "essential" },
          { region: "wrist-volar", kind: "essential" },
          { region: "thenar", kind: "spillover" },
        ],
        symptoms: ["pain-on-loading", "weakness"],
        activatedBy: [
          "Fine pinching work: sewing, writing, buttoning, crafts",
          "Gripping a phone or tablet for long periods",
        ],
        find:
          "Touch the tip of the thumb to the tip of the little finger: the ball of the thumb firms up. With your other thumb, feel along the edge of the thumb's long bone in that ball and search for a sore spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, the familiar ache appears on the palm side of the thumb and at a spot on the thumb side of the wrist crease. Tenderness only where you press is not enough.",
        treatments: [
          {
            method: "large-ball",
            position: "Sitting at a table with a large soft ball on the tabletop.",
            technique:
              "Rest the ball of the thumb on the ball and lean in gently, rolling slowly in small circles; keep it at about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sitting with the hand resting palm up in your lap.",
            technique: "Press the sore spot with the other thumb and hold until it eases, at about 5 out of 10, or stroke slowly along the bone toward the wrist.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "small-ball",
            position: "Sitting at a table with a small ball on the tabletop.",
            technique: "Lean the ball of the thumb onto the ball at the sore spot and hold at a bearable tenderness.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "knobbed-tool",
            position: "Sitting with the hand resting palm up on a table.",
            technique: "Press the knob slowly into the sore spot beside the bone, not onto the bone, and hold at about 5 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Hold the thumb with the other hand and gently pull it back and out, away from the palm, for 30 seconds with the wrist straight.",
        cautions: [],
      },
    ],
  },

  // ───────────────────────────── Hand interossei ─────────────────────────────
  {
    id: "hand-interossei",
    name: "Interossei of the hand",
    about:
      "Small muscles that fill the spaces between the long bones of the hand. They spread the fingers apart and draw them together, and help hold the fingers straight while the knuckles bend.",
    sources: [
      { source: "simons-1999", locator: "ch. 40, Interosseous muscles of the hand" },
      { source: "davies-2013", locator: "ch. 7, Elbow, forearm, and hand pain: interossei" },
    ],
    evidence:
      "Each interosseous muscle refers mainly along the side of the finger it attaches to. A link with bony nodes at the finger's end joint has been described but is not well tested; swollen, hot or deformed finger joints need a clinician for arthritis.",
    triggerPoints: [
      {
        id: "hand-interossei-1",
        name: "First dorsal interosseous",
        location: {
          region: "hand-dorsal",
          landmark:
            "On the back of the hand in the fleshy web between the thumb and index finger, close to the long bone behind the index finger.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 40, Interosseous muscles of the hand (first dorsal, the most often involved)" },
        referral: [
          { region: "index-finger", kind: "essential" },
          { region: "hand-dorsal", kind: "spillover" },
          { region: "palm", kind: "spillover" },
        ],
        symptoms: ["stiffness"],
        activatedBy: [
          "Pinching and gripping for long periods: writing, crafts, gardening",
          "Mouse and phone use",
        ],
        find:
          "Press the index finger sideways toward the thumb against resistance: the mound in the web on the back of the hand hardens. Pinch that mound between your other thumb and fingers and search for a sore knot near the index finger's bone.",
        pressTest:
          "Squeeze for about 10 seconds. If it is the source, the familiar ache runs along the thumb side of the index finger, sometimes into the back of the hand and the palm. Local tenderness alone is not enough.",
        treatments: [
          {
            method: "pincer",
            position: "Sitting with the hand relaxed in your lap.",
            technique: "Grip the web between the thumb and fingers of your other hand and squeeze gently on the sore knot until it eases, at about 5 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sitting with the hand resting palm down on a table.",
            technique: "Press the tip of your other thumb into the web beside the index finger's bone and hold, or stroke slowly toward the knuckle.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "knobbed-tool",
            position: "Sitting with the hand resting palm down on a table.",
            technique: "Press a small knob or a pencil eraser slowly into the knot beside the bone and hold at a bearable tenderness.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Gently press the index finger toward the middle finger with the other hand for 20–30 seconds, then spread all the fingers wide and close them slowly ten times.",
        cautions: [],
      },
      {
        id: "hand-interossei-2",
        name: "Second dorsal interosseous",
        location: {
          region: "hand-dorsal",
          landmark: "On the back of the hand in the groove between the long bones behind the index and middle fingers, nearer the knuckles.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 40, Interosseous muscles of the hand" },
        referral: [
          { region: "middle-finger", kind: "essential" },
          { region: "hand-dorsal", kind: "spillover" },
        ],
        symptoms: ["stiffness"],
        activatedBy: ["Long spells of typing, playing piano or fine hand work", "Gripping with the fingers spread"],
        find:
          "Lay the hand palm down and run a fingertip down the groove between the bones behind the index and middle fingers. Spread the middle finger toward the index finger against light resistance and feel the muscle in the groove tighten; search for a sore spot.",
        pressTest:
          "Press into the groove for about 10 seconds. If it is the source, the familiar ache appears along the side of the middle finger. Local tenderness alone is not enough.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting with the hand resting palm down on a table.",
            technique: "Press a fingertip of the other hand gently into the groove and hold at about 5 out of 10 until it eases, or stroke slowly toward the knuckles.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "knobbed-tool",
            position: "Sitting with the hand resting palm down on a table.",
            technique: "Press a small knob or a pencil eraser into the groove between the bones, not onto them, and hold at a bearable tenderness.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp: "Spread the fingers wide and close them slowly ten times, then gently move the middle finger side to side.",
        cautions: [],
      },
      {
        id: "hand-interossei-3",
        name: "Fourth dorsal interosseous",
        location: {
          region: "hand-dorsal",
          landmark: "On the back of the hand in the groove between the long bones behind the ring and little fingers, nearer the knuckles.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 40, Interosseous muscles of the hand" },
        referral: [
          { region: "ring-finger", kind: "essential" },
          { region: "hand-dorsal", kind: "spillover" },
        ],
        symptoms: ["stiffness"],
        activatedBy: ["Long spells of typing, playing instruments or fine hand work", "Strong gripping"],
        find:
          "Lay the hand palm down and run a fingertip down the groove between the bones behind the ring and little fingers. Spread the ring finger toward the little finger against light resistance and feel the muscle in the groove tighten; search for a sore spot.",
        pressTest:
          "Press into the groove for about 10 seconds. If it is the source, the familiar ache appears along the ring finger. Local tenderness alone is not enough.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting with the hand resting palm down on a table.",
            technique: "Press a fingertip of the other hand gently into the groove and hold at about 5 out of 10 until it eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "knobbed-tool",
            position: "Sitting with the hand resting palm down on a table.",
            technique: "Press a small knob or a pencil eraser into the groove, not onto the bones, and hold at a bearable tenderness.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp: "Spread the fingers wide and close them slowly ten times, then gently move the ring finger side to side.",
        cautions: [],
      },
      {
        id: "hand-interossei-4",
        name: "Palmar interosseous of the little finger",
        location: {
          region: "palm",
          landmark: "In the palm, between the long bones behind the ring and little fingers, just below the knuckles.",
          depth: "deep",
        },
        prevalence: "rare",
        prevalenceSource: { source: "simons-1999", locator: "ch. 40, Interosseous muscles of the hand" },
        referral: [
          { region: "little-finger", kind: "essential" },
          { region: "palm", kind: "spillover" },
        ],
        symptoms: ["stiffness"],
        activatedBy: ["Gripping with the fingers squeezed together", "Playing instruments and fine hand work"],
        find:
          "Turn the palm up. Press a fingertip into the palm between the bones behind the ring and little fingers, just below the knuckles. Squeeze the little finger against the ring finger to feel the small muscle tighten, then search for a sore spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, the familiar ache runs along the side of the little finger. An electric feeling means you are on a nerve: move slightly.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting with the hand resting palm up in your lap.",
            technique: "Press slowly with the other thumb between the bones and hold at about 4 out of 10 until it eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
          {
            method: "small-ball",
            position: "Sitting at a table with a small ball on the tabletop.",
            technique: "Lean the palm onto the ball at the spot between the ring and little finger bones and hold at a bearable tenderness.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: false,
          },
        ],
        followUp: "Spread the fingers wide, hold for 20 seconds, and then open and close the hand slowly ten times.",
        cautions: [],
      },
    ],
  },

  // ─────────────────────── Abductor digiti minimi (hand) ───────────────────────
  {
    id: "abductor-digiti-minimi-hand",
    name: "Abductor digiti minimi (hand)",
    about:
      "The muscle along the outer edge of the hand, below the little finger. It spreads the little finger away from the others.",
    sources: [
      { source: "simons-1999", locator: "ch. 40, Interosseous muscles of the hand (abductor digiti minimi)" },
      { source: "davies-2013", locator: "ch. 7, Elbow, forearm, and hand pain: abductor digiti minimi" },
    ],
    evidence:
      "Numbness in the little finger or weakness of the small hand muscles suggests the ulnar nerve at the wrist or elbow rather than a trigger point.",
    triggerPoints: [
      {
        id: "abductor-digiti-minimi-hand-1",
        name: "Abductor digiti minimi, point 1",
        location: {
          region: "palm",
          landmark: "In the fleshy outer edge of the hand, halfway between the wrist and the little finger's knuckle.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 40, Interosseous muscles of the hand (abductor digiti minimi)" },
        referral: [
          { region: "little-finger", kind: "essential" },
          { region: "palm", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: [
          "Spreading the little finger to reach keys on a piano or keyboard",
          "Gripping with the outer edge of the hand, such as holding a mouse or a racquet",
        ],
        find:
          "Spread the little finger out sideways against resistance from the other hand: the fleshy outer edge of the hand hardens. Pinch that edge between your other thumb and fingers and search for a sore knot.",
        pressTest:
          "Squeeze for about 10 seconds. If it is the source, the familiar ache runs along the outer side of the little finger. Local tenderness alone is not enough.",
        treatments: [
          {
            method: "pincer",
            position: "Sitting with the hand relaxed in your lap.",
            technique: "Grip the outer edge of the hand between your other thumb and fingers and squeeze gently on the sore knot until it eases, at about 5 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "small-ball",
            position: "Sitting at a table with a small ball on the tabletop.",
            technique: "Roll the outer edge of the hand slowly over the ball, leaning in gently, and pause on the sore spot.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Gently press the little finger toward the ring finger with the other hand for 20–30 seconds, then spread all the fingers and close them slowly ten times.",
        cautions: [],
      },
    ],
  },
];
