import type { MuscleRecord } from "../types.ts";

/**
 * Trunk: the long back muscles, the deep low back and hip flexor, the belly wall, the muscles
 * between the ribs and the diaphragm. Facts follow Travell & Simons and Davies; every sentence is
 * our own.
 */
export const trunkMuscles: MuscleRecord[] = [
  // ---------------------------------------------------------------------------------------------
  {
    id: "iliocostalis",
    name: "Iliocostalis (thoracis and lumborum)",
    about:
      "The outermost of the long muscle cords that run up both sides of the spine, from the back of the pelvis to the ribs. It holds the back upright, straightens it after bending and bends the trunk to the side.",
    evidence:
      "The lower chest part can send pain round to the belly, so it can be mistaken for an organ problem (and an organ problem can be mistaken for it); belly pain with fever, vomiting, blood or weight loss needs a doctor first.",
    sources: [
      { source: "simons-1999", locator: "chapter on the thoracolumbar paraspinal muscles (iliocostalis)" },
      { source: "davies-2013", locator: "section on the iliocostalis" },
    ],
    triggerPoints: [
      {
        id: "iliocostalis-thoracis-1",
        name: "Iliocostalis thoracis, mid-back point",
        location: {
          region: "thoracic",
          landmark:
            "At about the level of the lower tip of the shoulder blade, on the ribs about four fingers' width out from the middle of the spine, on the outer edge of the raised muscle cord.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "chapter on the thoracolumbar paraspinal muscles (iliocostalis thoracis)" },
        referral: [
          { region: "thoracic", kind: "essential" },
          { region: "scapula-medial", kind: "essential" },
          { region: "scapula-lower", kind: "spillover" },
          { region: "ribs-side", kind: "spillover" },
          { region: "chest", kind: "spillover" },
        ],
        symptoms: ["stiffness"],
        activatedBy: [
          "Long hours bent forward over a desk or steering wheel",
          "Lifting or twisting while bent over",
          "Sitting in a draught or getting chilled after exercise",
        ],
        find:
          "Lie face down and lift your chest a little off the floor: the long cords beside the spine harden. Iliocostalis is the outer edge of that ridge, roughly a hand's width out from the spine, lying over the ribs at the height of the shoulder blade's lower tip. Most people cannot reach it with their own hands, so find it with a ball against a wall.",
        pressTest:
          "Lean on a ball at that spot and hold about 10 seconds. If this point is the source, your familiar ache spreads up along the inner edge of the shoulder blade or round the side of the chest. Soreness that stays under the ball only means a tender spot, not necessarily the cause.",
        treatments: [
          {
            method: "large-ball",
            position: "Standing with your back to a wall, the large soft ball between the wall and the muscle beside your spine.",
            technique:
              "Bend your knees a little to roll the ball slowly up and down along the muscle, pausing on tender spots. Keep the ball on muscle, off the bony points of the spine and off the shoulder blade. Keep the discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "small-ball",
            position: "Lying on your back with knees bent, the small hard ball under the tender spot beside the spine.",
            technique:
              "Let your body weight sink onto the ball and breathe slowly; lift your hips a little to add weight or lean off to ease it. Stay at or below about 5 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "foam-roller",
            position: "Lying on your back with the roller across your mid back, arms crossed over your chest, hips on the floor.",
            technique: "Roll slowly a few centimetres up and down over the mid back; do not roll into the low back.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "hooked-cane",
            position: "Sitting or standing, the hook of the cane over your shoulder with its tip on the muscle beside the spine.",
            technique: "Pull the handle forward slowly to press the tip in, hold, then ease off. Press on muscle, not on ribs or spine.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Sit on a chair, let your head and arms hang forward and round your back slowly; then sit tall and turn your trunk slowly to each side a few times.",
        cautions: [],
      },
      {
        id: "iliocostalis-thoracis-2",
        name: "Iliocostalis thoracis, lower point",
        location: {
          region: "thoracolumbar",
          landmark:
            "On the lowest ribs at the back, about a hand's width out from the spine, where the outer edge of the long back muscle crosses the last two ribs.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "chapter on the thoracolumbar paraspinal muscles (iliocostalis thoracis)" },
        referral: [
          { region: "thoracolumbar", kind: "essential" },
          { region: "lumbar", kind: "essential" },
          { region: "scapula-lower", kind: "spillover" },
          { region: "thoracic", kind: "spillover" },
          { region: "abdomen-lower", kind: "spillover" },
        ],
        symptoms: ["stiffness", "restricted-motion"],
        activatedBy: [
          "Lifting heavy things with a rounded back",
          "Sudden twisting or a fall",
          "Long car journeys or sitting slumped",
        ],
        find:
          "Put your hands on your waist with the thumbs behind and slide the thumbs up onto the lowest ribs. Lie face down and lift your chest slightly: the muscle cord beside the spine hardens under your thumbs. The point is at the outer edge of that cord, on the last ribs.",
        pressTest:
          "Press with a thumb or lean on a ball there for about 10 seconds. If it is the source, your familiar pain shows up across the low back, up toward the shoulder blade, or round to the lower belly. Soreness only under the pressure is just local tenderness.",
        treatments: [
          {
            method: "large-ball",
            position: "Standing with your back to a wall, the large soft ball on the lowest ribs beside the spine.",
            technique:
              "Lean in gently and roll the ball slowly up and down a hand's length along the muscle. Keep it on the muscle beside the spine, not out toward the side of the waist. Stay at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Standing or sitting, hands on your waist with the thumbs on the muscle beside the spine.",
            technique: "Press inward and slightly toward the spine with the thumbs, hold, and breathe out slowly.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "small-ball",
            position: "Lying on your back with knees bent, the small hard ball under the muscle just beside the spine on the lowest ribs.",
            technique: "Let your weight sink onto the ball and wait for the tenderness to ease, up to a minute; stay at or below about 5 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Lie on your back and hug both knees to your chest for 30 seconds, then stand and bend slowly to the opposite side with the arm overhead.",
        cautions: ["kidneys"],
      },
      {
        id: "iliocostalis-lumborum-1",
        name: "Iliocostalis lumborum, upper low-back point",
        location: {
          region: "lumbar",
          landmark:
            "Just below the last rib, a hand's width out from the spine, on the outer edge of the thick muscle cord of the low back.",
          depth: "superficial",
        },
        prevalence: "common",
        prevalenceSource: { source: "iglesias-2013", locator: "results: iliocostalis lumborum in chronic non-specific low back pain" },
        referral: [
          { region: "lumbar", kind: "essential" },
          { region: "buttock-upper", kind: "essential" },
          { region: "iliac-crest", kind: "spillover" },
          { region: "buttock-lower", kind: "spillover" },
        ],
        symptoms: ["stiffness", "restricted-motion"],
        activatedBy: [
          "Bending and lifting with the legs straight",
          "Standing bent forward, e.g. over a sink or a work bench",
          "Getting cold and then straining the back",
        ],
        find:
          "Stand and put your hands on your waist with the thumbs behind, just below the last rib. Shift your weight onto one leg and lean slightly back: the muscle cord beside the spine tightens. The point is on its outer edge, just below the rib.",
        pressTest:
          "Press or lean on a ball there for about 10 seconds. If it is the source, the ache runs down into the middle of the buttock on that side, the way your pain usually feels. Tenderness under the thumb alone does not prove it.",
        treatments: [
          {
            method: "large-ball",
            position: "Standing with your back to a wall, the large soft ball on the muscle cord beside the spine, just below the last rib.",
            technique:
              "Lean in and roll slowly down and up a short way along the muscle, pausing on the tender spot. Keep the discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Standing, hands on the waist with the thumbs on the muscle cord.",
            technique: "Press the thumbs in toward the spine, hold, and breathe slowly.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "small-ball",
            position: "Lying on your back with knees bent, the small hard ball a finger's width below the last rib, on the muscle cord beside the spine.",
            technique: "Let your weight settle on the ball and shift slightly to find the tender spot. Keep the ball below the rib and never let it roll up under it. Hold until the tenderness eases, up to a minute.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Lie on your back, pull both knees to the chest for 30 seconds, then let both knees fall slowly to one side and the other a few times.",
        cautions: ["kidneys", "pregnancy-low-back"],
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: "longissimus",
    name: "Longissimus thoracis",
    about:
      "The middle of the long muscle cords beside the spine, running from the pelvis and sacrum up to the ribs. It straightens the back, holds it upright and controls bending forward.",
    evidence:
      "Its points refer pain several hand-breadths lower than where they sit, so buttock pain that seems to come from the buttock itself can start here; nerve root pain from the low back needs ruling out when there is numbness or weakness in the leg.",
    sources: [
      { source: "simons-1999", locator: "chapter on the thoracolumbar paraspinal muscles (longissimus thoracis)" },
      { source: "davies-2013", locator: "section on the longissimus" },
    ],
    triggerPoints: [
      {
        id: "longissimus-1",
        name: "Longissimus thoracis, lower-rib point",
        location: {
          region: "thoracolumbar",
          landmark: "At the level of the lowest ribs, about two fingers' width out from the middle of the spine, in the thick part of the muscle cord.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "chapter on the thoracolumbar paraspinal muscles (longissimus thoracis)" },
        referral: [
          { region: "buttock-lower", kind: "essential" },
          { region: "buttock-upper", kind: "spillover" },
          { region: "lumbar", kind: "spillover" },
          { region: "sacroiliac", kind: "spillover" },
        ],
        symptoms: ["stiffness", "restricted-motion"],
        activatedBy: [
          "Lifting while bent and twisted",
          "Long periods of sitting slumped or standing bent forward",
          "Whiplash-type jolts and falls",
        ],
        find:
          "Lie face down and lift your chest slightly, or stand and lean a little back: the two thick cords beside the spine stand out. Longissimus is the part of the cord nearest the spine, two fingers out from the bony bumps, at the height of the lowest ribs.",
        pressTest:
          "Press with a thumb or lean on a ball there for about 10 seconds. If it is the source, your familiar pain appears well below where you press, deep in the buttock on the same side and down toward the crease under it, sometimes with an ache in the low back on the way. Soreness only under the pressure is not enough to call it the cause.",
        treatments: [
          {
            method: "large-ball",
            position: "Standing with your back to a wall, the large soft ball on the muscle cord beside the spine at the level of the lowest ribs.",
            technique:
              "Roll the ball slowly up and down along the cord by bending and straightening your knees, pausing on tender spots. Keep it off the bony spine; stay at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "small-ball",
            position: "Lying on your back with knees bent, the small hard ball on the muscle cord beside (never on) the spine, at the level of the lowest ribs.",
            technique: "Let your weight sink onto the ball and breathe out slowly. Keep it on the cord next to the spine, not out toward the side. Hold until the tenderness eases, up to a minute.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Sit on a chair with feet apart and let your trunk hang forward between your knees for 30 seconds; come up slowly, rolling through the back.",
        cautions: ["kidneys"],
      },
      {
        id: "longissimus-2",
        name: "Longissimus thoracis, upper low-back point",
        location: {
          region: "lumbar",
          landmark: "Just below the lowest rib, about two fingers' width out from the middle of the spine, in the thick muscle cord.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "chapter on the thoracolumbar paraspinal muscles (longissimus thoracis)" },
        referral: [
          { region: "buttock-upper", kind: "essential" },
          { region: "lumbar", kind: "spillover" },
          { region: "iliac-crest", kind: "spillover" },
          { region: "sacroiliac", kind: "spillover" },
        ],
        symptoms: ["stiffness", "restricted-motion"],
        activatedBy: ["Bending and lifting with straight legs", "Sitting slumped for hours", "A sudden jolt while bent forward"],
        find:
          "Stand and slide your thumbs up the thick cords beside the spine until you reach the bottom of the ribs, then come back down a finger's width. Leaning slightly backward makes the cord firm under your thumb.",
        pressTest:
          "Press for about 10 seconds. If this point is the source, the pain is felt lower, at the top of the buttock and along the back of the hip bone on the same side, rather than where you press. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "large-ball",
            position: "Standing with your back to a wall, the large soft ball beside the spine just below the ribs.",
            technique:
              "Lean in and roll slowly a short way up and down along the cord, pausing on the tender spot; stay at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Standing, hands on the waist with the thumbs on the cord beside the spine.",
            technique: "Press the thumbs in and slightly toward the spine; hold and breathe slowly.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "small-ball",
            position: "Lying on your back with knees bent, the small hard ball under the cord beside the spine.",
            technique: "Let your weight settle and hold until the tenderness eases, up to a minute.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Lie on your back and hug both knees to your chest for 30 seconds; then on hands and knees arch and round your back slowly ten times.",
        cautions: ["kidneys", "pregnancy-low-back"],
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: "multifidus",
    name: "Multifidus and rotatores",
    about:
      "Many short, deep muscles packed in the groove right beside the spine, each crossing a few vertebrae. They steady each spinal joint and help turn and straighten the back.",
    evidence:
      "Pain from these deep points lies close to the spine and overlaps with pain from spinal joints and discs, so pressing alone cannot tell them apart; tailbone pain and belly pain have other causes that need checking.",
    sources: [
      { source: "simons-1999", locator: "chapter on the thoracolumbar paraspinal muscles (multifidi and rotatores)" },
      { source: "davies-2013", locator: "section on the multifidi and rotatores" },
    ],
    triggerPoints: [
      {
        id: "multifidus-1",
        name: "Multifidus, mid-back point",
        location: {
          region: "thoracic",
          landmark: "In the mid back, in the groove right next to the bony bumps of the spine, one finger's width to the side.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "chapter on the thoracolumbar paraspinal muscles (multifidi and rotatores)" },
        referral: [
          { region: "thoracic", kind: "essential" },
          { region: "scapula-medial", kind: "spillover" },
        ],
        symptoms: ["stiffness", "restricted-motion"],
        activatedBy: ["Hours of sitting with a rounded upper back", "Twisting while reaching or lifting", "Sleeping twisted"],
        find:
          "Feel for the row of bony bumps down the middle of the back; the muscle fills the groove right beside them. It is deep, so you feel it as firmness under the long back muscles rather than as a cord.",
        pressTest:
          "Lean on a ball in the groove beside the spine for about 10 seconds. If it is the source, you feel your familiar deep ache beside the spine at that level, sometimes spreading toward the shoulder blade. A spine that hurts to tap on the bone itself is a reason to see a clinician.",
        treatments: [
          {
            method: "large-ball",
            position: "Standing with your back to a wall, the large soft ball in the groove beside the spine.",
            technique:
              "Lean in gently and move the ball in small slow strokes up and down the groove, keeping it off the bony bumps; stay at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "small-ball",
            position: "Lying on your back with knees bent, the small hard ball in the groove beside the spine.",
            technique: "Let your weight sink onto the ball and breathe out slowly; hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "knobbed-tool",
            position: "Sitting with your back against the back of a chair and a knobbed tool between you and the chair.",
            technique: "Press the knob into the groove beside the spine, never on the bone, and hold.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp: "Sit tall and turn slowly to each side as far as is easy, five times each way, breathing out as you turn.",
        cautions: [],
      },
      {
        id: "multifidus-2",
        name: "Multifidus, upper low-back point",
        location: {
          region: "lumbar",
          landmark: "Two vertebrae below the lowest rib, in the groove right beside the bony bumps of the spine.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "chapter on the thoracolumbar paraspinal muscles (multifidi and rotatores)" },
        referral: [
          { region: "lumbar", kind: "essential" },
          { region: "abdomen-lower", kind: "spillover" },
        ],
        symptoms: ["stiffness", "restricted-motion"],
        activatedBy: ["Twisting while lifting", "Sitting for long periods without support for the low back", "A fall onto the back"],
        find:
          "Find the bony bumps of the low back and press into the groove one finger's width to the side. Lying face down and lifting one leg slightly makes the deep muscle firm under your fingers.",
        pressTest:
          "Press firmly in the groove for about 10 seconds. If it is the source, your familiar ache beside the spine comes back, sometimes with an ache in the lower belly on the same side. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "large-ball",
            position: "Standing with your back to a wall, the large soft ball in the groove beside the low-back spine.",
            technique: "Lean in gently and make small slow strokes up and down; stay at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Standing, hands on the hips with the thumbs in the groove beside the spine.",
            technique: "Press the thumbs straight in, hold, and breathe slowly.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "small-ball",
            position: "Lying on your back with knees bent, the small hard ball in the groove beside the spine.",
            technique: "Let your weight settle on the ball and hold until the tenderness eases, up to a minute.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Lie on your back with knees bent, let both knees sway slowly from side to side ten times, then hug both knees to the chest for 30 seconds.",
        cautions: ["kidneys", "pregnancy-low-back"],
      },
      {
        id: "multifidus-3",
        name: "Multifidus, lowest low-back point",
        location: {
          region: "lumbar",
          landmark: "At the level of the top of the hip bones or just below, in the groove right beside the lowest bony bumps of the spine.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "chapter on the thoracolumbar paraspinal muscles (multifidi and rotatores)" },
        referral: [
          { region: "lumbar", kind: "essential" },
          { region: "sacrum", kind: "spillover" },
          { region: "sacroiliac", kind: "spillover" },
        ],
        symptoms: ["stiffness", "restricted-motion"],
        activatedBy: ["Lifting with a twist", "Standing for long with a hollow back", "Long drives"],
        find:
          "Put your hands on the tops of your hip bones; your thumbs meet the spine at about this level. Press into the groove beside the lowest bony bumps.",
        pressTest:
          "Press for about 10 seconds. If it is the source, you feel your familiar deep ache low beside the spine, sometimes spreading onto the flat bone at the base of the spine. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "large-ball",
            position: "Standing with your back to a wall, the large soft ball in the groove beside the lowest part of the spine.",
            technique: "Lean in gently and make small slow strokes; keep the ball off the bone. Stay at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "small-ball",
            position: "Lying on your back with knees bent, the small hard ball beside the lowest part of the spine.",
            technique: "Let your weight settle and hold until the tenderness eases, up to a minute.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "fingers",
            position: "Standing, hands on the hips with the thumbs in the groove.",
            technique: "Press straight in and hold, breathing slowly.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp: "On hands and knees, round and hollow your back slowly ten times, then sit back on your heels with arms forward for 30 seconds.",
        cautions: ["pregnancy-low-back"],
      },
      {
        id: "multifidus-4",
        name: "Multifidus, sacral point",
        location: {
          region: "sacrum",
          landmark: "On the flat bone at the base of the spine, one finger's width to the side of its middle, just below the lowest low-back vertebra.",
          depth: "deep",
        },
        prevalence: "rare",
        prevalenceSource: { source: "simons-1999", locator: "chapter on the thoracolumbar paraspinal muscles (multifidi and rotatores)" },
        referral: [
          { region: "sacrum", kind: "essential" },
          { region: "coccyx", kind: "essential" },
        ],
        symptoms: [],
        activatedBy: ["Sitting for long on hard seats, especially slumped back onto the tailbone", "Falls onto the bottom", "Lifting with a twist"],
        find:
          "Find the flat triangular bone between the buttocks above the tailbone. The muscle lies in a thin layer over it, just beside the middle line, at its upper end.",
        pressTest:
          "Press with a thumb or a ball for about 10 seconds. If it is the source, your familiar pain appears at the tailbone. Tailbone pain after a fall, or with numbness around the seat or bladder trouble, needs a clinician first.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your back with knees bent, the large soft ball under the upper part of the flat bone, just to one side of the middle.",
            technique: "Let your pelvis rest on the ball and shift slowly a little to find the tender spot; stay at or below about 5 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Standing or lying on your side.",
            technique: "Press with a thumb just beside the middle line of the flat bone and hold, breathing slowly.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "small-ball",
            position: "Lying on your back with knees bent, the small hard ball just beside the middle of the flat bone.",
            technique: "Let your weight settle and hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp: "Lie on your back and hug both knees to the chest, then rock gently from side to side for 30 seconds.",
        cautions: ["pregnancy-low-back"],
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: "serratus-posterior-inferior",
    name: "Serratus posterior inferior",
    about:
      "A thin sheet under the big back muscles, running from the spine at the bottom of the chest out to the last four ribs. It steadies the lower ribs and pulls them down and back.",
    evidence:
      "It gives a nagging ache over the lower ribs that often stays after other back pain has gone; kidney problems ache in the same place and need ruling out when there is fever or urine changes.",
    sources: [
      { source: "simons-1999", locator: "chapter on the serratus posterior inferior" },
      { source: "davies-2013", locator: "section on the serratus posterior inferior" },
    ],
    triggerPoints: [
      {
        id: "serratus-posterior-inferior-1",
        name: "Serratus posterior inferior",
        location: {
          region: "thoracolumbar",
          landmark: "Over the lowest ribs at the back, just outside the long muscle cords beside the spine, about a hand's width and a half out from the middle.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "chapter on the serratus posterior inferior" },
        referral: [
          { region: "thoracolumbar", kind: "essential" },
          { region: "ribs-side", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["Lifting and reaching while twisted", "Reaching overhead and back", "Chest problems with a lot of coughing"],
        find:
          "Slide your hands round your waist and up onto the last ribs at the back; the point lies on the ribs just outside the thick cords beside the spine. The muscle is thin and deep, so you feel tenderness over the rib rather than a cord.",
        pressTest:
          "Lean on a ball there for about 10 seconds. If it is the source, your familiar aching over the lower ribs comes on under and around the ball.",
        treatments: [
          {
            method: "large-ball",
            position: "Standing with your back to a wall, the large soft ball on the lowest ribs just outside the muscle cords beside the spine.",
            technique:
              "Lean in gently and roll the ball slowly along the line of the ribs, up and out. Keep it on the ribs, not below them; stay at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "small-ball",
            position: "Lying on your back with knees bent, the small hard ball on the lowest ribs at the back.",
            technique: "Let your weight settle and hold until the tenderness eases, up to a minute.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp: "Stand with feet apart, reach one arm up and over your head and bend slowly to the other side; breathe in deeply into the stretched side for 30 seconds.",
        cautions: ["kidneys"],
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: "quadratus-lumborum",
    name: "Quadratus lumborum",
    about:
      "A deep, flat muscle on each side of the low back between the lowest rib and the top of the hip bone. It bends the trunk sideways, hitches the hip up and steadies the low back when you stand, walk and lift.",
    evidence:
      "Its pattern overlaps with pain from the sacroiliac joint, the hip and the spine, and with kidney trouble; pain with fever, urine changes, or leg numbness and weakness needs a clinician first.",
    sources: [
      { source: "travell-1992", locator: "ch. 4, Quadratus lumborum" },
      { source: "davies-2013", locator: "section on the quadratus lumborum" },
    ],
    triggerPoints: [
      {
        id: "quadratus-lumborum-superficial-1",
        name: "Quadratus lumborum, upper outer point",
        location: {
          region: "lumbar",
          landmark: "In the angle just below the lowest rib, outside the thick muscle cords beside the spine, about a hand's width from the middle.",
          depth: "deep",
        },
        prevalence: "common",
        prevalenceSource: { source: "iglesias-2013", locator: "results: quadratus lumborum, among the most frequent active points in low back pain" },
        referral: [
          { region: "iliac-crest", kind: "essential" },
          { region: "lumbar", kind: "essential" },
          { region: "abdomen-lower", kind: "spillover" },
          { region: "groin", kind: "spillover" },
        ],
        symptoms: ["restricted-motion", "stiffness", "sleep-disturbance"],
        activatedBy: [
          "Bending and twisting to lift something to one side",
          "Standing with the weight on one leg, or one leg shorter than the other",
          "Gardening, making beds, stepping off a kerb awkwardly",
        ],
        find:
          "Stand, put your hand on your waist with the thumb behind, and slide it up until it meets the bottom of the last rib. Move out beyond the thick cords beside the spine and press in toward the spine. Leaning to the opposite side stretches the muscle; hitching that hip up makes it harden.",
        pressTest:
          "Press inward toward the spine for about 10 seconds. If it is the source, your familiar pain spreads along the top of the hip bone and sometimes round into the lower belly or groin. Only local tenderness means it is probably not the cause.",
        treatments: [
          {
            method: "large-ball",
            position: "Standing with your back to a wall, the large soft ball in the soft angle just below the last rib, outside the cords beside the spine.",
            technique:
              "Lean in and turn your body slightly so the ball presses in toward the spine; make small slow strokes down toward the hip bone. Keep it off the ribs; stay at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Lying on your side with a pillow under the waist, or standing with the hand on the waist.",
            technique: "Press your thumb in slowly toward the spine, not up under the rib; hold and breathe out slowly.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "small-ball",
            position: "Lying on your back with knees bent, the small hard ball two finger-widths below the last rib, tucked against the outer edge of the thick muscle cords beside the spine.",
            technique: "Roll your body a little toward the ball so that it presses in toward the spine, not straight up into the belly. Never let it slide up under the rib or out into the soft side of the waist. Hold until the tenderness eases, at no more than about 4 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 4,
            gentle: false,
          },
        ],
        followUp:
          "Stand with the sore side toward a wall, cross the near leg behind the other, reach that arm up and over the head and lean away from the wall for 30 seconds, breathing deeply.",
        cautions: ["kidneys", "pregnancy-low-back"],
      },
      {
        id: "quadratus-lumborum-superficial-2",
        name: "Quadratus lumborum, lower outer point",
        location: {
          region: "lumbar",
          landmark: "Just above the top of the hip bone, outside the thick muscle cords beside the spine, toward the side of the waist.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 4, Quadratus lumborum" },
        referral: [
          { region: "hip-side", kind: "essential" },
          { region: "lumbar", kind: "spillover" },
          { region: "iliac-crest", kind: "spillover" },
          { region: "buttock-upper", kind: "spillover" },
          { region: "thigh-outer", kind: "spillover" },
        ],
        symptoms: ["restricted-motion", "stiffness", "sleep-disturbance"],
        activatedBy: ["Lifting and twisting", "Sleeping on a soft mattress that sags", "Walking on a slope or with a limp"],
        find:
          "Put your hand on your waist and find the top edge of the hip bone. Just above it, outside the thick back cords, press in toward the spine. Hitching that hip upward makes the muscle firm.",
        pressTest:
          "Press in toward the spine for about 10 seconds. If it is the source, your familiar pain shows up over the bony point at the side of the hip, sometimes down the outer thigh. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "large-ball",
            position: "Standing with your back to a wall, the large soft ball just above the hip bone outside the back cords.",
            technique:
              "Lean in and angle the body so the ball presses toward the spine; make small slow strokes along the top of the hip bone. Stay at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Lying on your side with a rolled towel under the waist, or standing.",
            technique: "Press the thumb in toward the spine just above the hip bone; hold and breathe slowly.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "small-ball",
            position: "Lying on your back with knees bent, the small hard ball just above the hip bone outside the back cords.",
            technique: "Let your weight sink onto the ball and hold until the tenderness eases, up to a minute.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "hooked-cane",
            position: "Standing, the cane hooked round your waist with its tip just above the hip bone.",
            technique: "Pull slowly to press the tip in toward the spine; hold and release.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Lie on your side with the sore side up at the edge of the bed, let the top leg hang down behind you and reach the top arm overhead for 30 seconds.",
        cautions: ["pregnancy-low-back"],
      },
      {
        id: "quadratus-lumborum-deep-1",
        name: "Quadratus lumborum, upper deep point",
        location: {
          region: "lumbar",
          landmark: "Deep in the waist halfway between the last rib and the hip bone, pressing in toward the spine just outside the thick back cords.",
          depth: "deep",
        },
        prevalence: "common",
        prevalenceSource: { source: "iglesias-2013", locator: "results: quadratus lumborum, among the most frequent active points in low back pain" },
        referral: [
          { region: "sacroiliac", kind: "essential" },
          { region: "lumbar", kind: "spillover" },
        ],
        symptoms: ["restricted-motion", "stiffness", "sleep-disturbance"],
        activatedBy: ["Lifting and twisting", "Bending forward for long periods, e.g. gardening", "A sudden slip or fall"],
        find:
          "Halfway between the last rib and the hip bone, slide your fingers in front of the thick back cords and press in toward the spine. The muscle is deep: go slowly and let the fingers sink in as you breathe out.",
        pressTest:
          "Press deeply toward the spine for about 10 seconds. If it is the source, your familiar pain appears over the sacroiliac joint (the dimple at the back of the pelvis). Only local tenderness means it is probably not the cause.",
        treatments: [
          {
            method: "large-ball",
            position: "Standing with your back to a wall, the large soft ball at the waist just outside the back cords.",
            technique:
              "Turn your body so the ball presses in toward the spine and hold; breathe out to let it sink. Stay at or below about 5 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Lying on your side, sore side up, a pillow under the waist.",
            technique: "Sink your fingers slowly in toward the spine just outside the back cords; hold and breathe.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "small-ball",
            position: "Lying on your back with knees bent, the small hard ball at the waist outside the back cords.",
            technique: "Let that knee fall a little outward to roll your weight onto the ball; hold until it eases.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Lie on your back, let both bent knees fall to the side away from the sore side and reach that arm overhead; hold 30 seconds, breathing into the side.",
        cautions: ["kidneys", "pregnancy-low-back"],
      },
      {
        id: "quadratus-lumborum-deep-2",
        name: "Quadratus lumborum, lower deep point",
        location: {
          region: "lumbar",
          landmark: "Deep in the angle between the top of the hip bone and the thick back cords, close to the spine.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 4, Quadratus lumborum" },
        referral: [
          { region: "buttock-lower", kind: "essential" },
          { region: "sacroiliac", kind: "spillover" },
          { region: "lumbar", kind: "spillover" },
        ],
        symptoms: ["restricted-motion", "stiffness"],
        activatedBy: ["Lifting with a twist", "Sitting on a wallet or on one hip", "Long periods of standing with the weight on one leg"],
        find:
          "Find the top of the hip bone where it meets the thick back cords beside the spine. Press into that angle, in toward the spine and slightly down toward the hip bone.",
        pressTest:
          "Press for about 10 seconds. If it is the source, your familiar pain shows up low in the buttock. Only local soreness means it is probably not the cause.",
        treatments: [
          {
            method: "large-ball",
            position: "Standing with your back to a wall, the large soft ball in the angle above the hip bone beside the back cords.",
            technique: "Lean in and hold, then make a few small slow strokes along the top of the hip bone; stay at or below about 5 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Standing or lying on your side, sore side up.",
            technique: "Press a thumb into the angle, toward the spine, and hold.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "small-ball",
            position: "Lying on your back with knees bent, the small hard ball in the angle above the hip bone.",
            technique: "Let your weight settle and hold until the tenderness eases, up to a minute.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "hooked-cane",
            position: "Standing, the cane hooked round your waist with its tip in the angle above the hip bone.",
            technique: "Pull slowly to press in, hold, and release.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Stand and reach the arm of the sore side up and over, leaning away with the hip pushed out toward the sore side for 30 seconds; then hug both knees lying down.",
        cautions: ["pregnancy-low-back"],
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: "iliopsoas",
    name: "Iliopsoas",
    about:
      "The deep hip flexor: the psoas runs from the sides of the low-back spine and the iliacus from inside the pelvic bowl, joining to attach at the top of the thigh bone. It lifts the thigh and bends the trunk forward, and it holds the low back when you stand.",
    evidence:
      "Hip joint problems, hernias and low-back nerve roots also cause groin and front-of-thigh pain; only part of this muscle can be reached through the belly and groin, and pressing it cannot be done with much precision at home.",
    sources: [
      { source: "travell-1992", locator: "ch. 5, Iliopsoas" },
      { source: "davies-2013", locator: "section on the iliopsoas" },
    ],
    triggerPoints: [
      {
        id: "iliopsoas-1",
        name: "Iliopsoas, upper-thigh point",
        location: {
          region: "groin",
          landmark:
            "At the top of the front of the thigh, just below the groin crease, two or three finger-widths to the outer side of the pulse you can feel there (the nerve lies right beside the pulse).",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 5, Iliopsoas" },
        referral: [
          { region: "lumbar", kind: "essential" },
          { region: "sacroiliac", kind: "essential" },
          { region: "groin", kind: "essential" },
          { region: "thigh-front", kind: "essential" },
          { region: "buttock-upper", kind: "spillover" },
        ],
        symptoms: ["restricted-motion", "stiffness"],
        activatedBy: [
          "Sitting for hours with the hips bent",
          "Sleeping curled up",
          "Lots of sit-ups or running up hills",
        ],
        find:
          "Lie on your back with the knee bent and supported. Feel the pulse just below the middle of the groin crease, then move your fingers two or three finger-widths to its outer side, past the nerve that runs right beside it. Lifting the heel slightly off the bed makes the muscle tense under your fingers.",
        pressTest:
          "Press gently with flat fingers for about 10 seconds, two or three finger-widths outside the pulse, never on it. If it is the source, your familiar pain appears in the low back on that side or at the front of the thigh. Tingling, burning or numbness down the thigh means you are on the nerve: stop and move further out.",
        treatments: [
          {
            method: "fingers",
            position: "Lying on your back with a pillow under the knee, thigh slightly turned out.",
            technique:
              "Place flat fingertips two or three finger-widths to the outer side of the pulse and press straight down, slowly and gently, not in toward the pulse. Never use a ball or tool here. Stop if you feel tingling or a pulse under your fingers, and stay at or below about 4 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp:
          "Kneel on one knee (the sore side) with the other foot in front, tuck your tail under and shift your weight gently forward until you feel a stretch at the front of the hip; hold 30 seconds.",
        cautions: ["femoral-triangle"],
      },
      {
        id: "iliopsoas-2",
        name: "Iliacus, inside the hip bone",
        location: {
          region: "abdomen-lower",
          landmark: "Just inside the rim of the hip bone at the front, a little above and inside the bony point at the front of the pelvis.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 5, Iliopsoas" },
        referral: [
          { region: "lumbar", kind: "essential" },
          { region: "sacroiliac", kind: "essential" },
          { region: "thigh-front", kind: "essential" },
          { region: "groin", kind: "spillover" },
          { region: "buttock-upper", kind: "spillover" },
        ],
        symptoms: ["restricted-motion", "stiffness"],
        activatedBy: ["Long hours of sitting", "Sports with repeated kicking or sprinting", "Standing up straight after a long time bent forward"],
        find:
          "Lie on your back with knees bent. Find the bony point at the front of the hip, then curl your fingertips over the inner side of the bony rim and slide them slowly down along the inside of the bone. Raising the knee slightly makes the muscle firm.",
        pressTest:
          "Press the fingertips against the inside of the bone for about 10 seconds. If it is the source, your familiar low-back or front-of-thigh pain appears. Deep, sharp pain or nausea means stop.",
        treatments: [
          {
            method: "fingers",
            position: "Lying on your back with knees bent and the belly relaxed.",
            technique:
              "Curl the fingertips over the rim of the hip bone and press slowly down against the inside of the bone, not down into the belly. Breathe out as you sink in; stay at or below about 4 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp:
          "Lie on your back at the edge of the bed, hug the other knee to the chest and let the leg of the sore side hang down off the edge for 30 seconds.",
        cautions: ["abdomen-organs", "aortic-pulse", "pregnancy-abdomen"],
      },
      {
        id: "iliopsoas-3",
        name: "Psoas, through the belly wall",
        location: {
          region: "abdomen-lower",
          landmark: "About a hand's width to the side of the navel and slightly below it, deep behind the belly contents, just outside the edge of the long belly muscle.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "iglesias-2013", locator: "results: psoas active in a small minority of low back pain patients" },
        referral: [
          { region: "lumbar", kind: "essential" },
          { region: "sacroiliac", kind: "essential" },
          { region: "thigh-front", kind: "essential" },
          { region: "buttock-upper", kind: "spillover" },
          { region: "groin", kind: "spillover" },
        ],
        symptoms: ["restricted-motion", "stiffness"],
        activatedBy: ["Long hours of sitting", "Sleeping curled up", "Lots of sit-ups with the feet held down"],
        find:
          "Lie on your back with knees bent and the belly soft. Place flat fingertips a hand's width to the side of the navel, outside the long belly muscle, and sink in slowly toward your back as you breathe out. Lifting that foot slightly off the bed makes the deep muscle tense under your fingers.",
        pressTest:
          "Press gently down toward your back for about 10 seconds. If it is the source, your familiar low-back ache appears. A throbbing pulse under your fingers means move further out to the side; a pulsing lump, deep sharp pain or nausea means stop.",
        treatments: [
          {
            method: "fingers",
            position: "Lying on your back with knees bent, the belly relaxed.",
            technique:
              "Sink flat fingertips in slowly over several breaths, never where you feel a pulse; hold gently once you meet firm muscle. Stay at or below about 3 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 3,
            gentle: true,
          },
        ],
        followUp:
          "Kneel on the sore-side knee on a cushion with the other foot in front, tuck the tail under and shift the hips forward gently. Reach the same arm up and hold for 30 seconds.",
        cautions: ["abdomen-organs", "aortic-pulse", "pregnancy-abdomen"],
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: "rectus-abdominis",
    name: "Rectus abdominis",
    about:
      "The long, strap-like belly muscle running from the lower ribs and breastbone to the pubic bone on each side of the middle line. It bends the trunk forward and supports the belly.",
    evidence:
      "Points here can imitate indigestion, gallbladder, appendix, bladder or period pain, and organ disease can in turn cause tender spots in the belly wall; pain with fever, vomiting, blood, or that is sudden and severe needs a doctor, not massage.",
    sources: [
      { source: "simons-1999", locator: "chapter on the abdominal muscles (rectus abdominis)" },
      { source: "davies-2013", locator: "section on the rectus abdominis" },
    ],
    triggerPoints: [
      {
        id: "rectus-abdominis-upper-1",
        name: "Rectus abdominis, upper point",
        location: {
          region: "abdomen-upper",
          landmark: "In the upper belly, just below the rib margin, two fingers' width to the side of the middle line.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "chapter on the abdominal muscles (rectus abdominis)" },
        referral: [
          { region: "thoracolumbar", kind: "essential", side: "both" },
          { region: "abdomen-upper", kind: "essential" },
          { region: "thoracic", kind: "spillover", side: "both" },
        ],
        symptoms: ["nausea"],
        activatedBy: ["Sit-ups and crunches overdone", "Slumped sitting", "Coughing fits", "Emotional tension held in the belly"],
        find:
          "Lie on your back with knees bent and lift your head slightly: the long belly muscle hardens either side of the middle line. The point is at its top, just below the ribs.",
        pressTest:
          "Press for about 10 seconds. If it is the source, you feel a band of pain across the back at the bottom of the ribs, or your familiar fullness or heartburn-like feeling in the upper belly.",
        treatments: [
          {
            method: "fingers",
            position: "Lying on your back with knees bent.",
            technique:
              "Press flat fingertips in slowly and gently, then make short slow strokes along the muscle just below the ribs. Stay at or below about 4 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
          {
            method: "pincer",
            position: "Lying on your back with knees bent and the belly relaxed.",
            technique: "Grip the muscle between thumb and fingers at the outer edge of the belly muscle and squeeze gently.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp:
          "Lie face down on your forearms and let the belly sink to the floor, then push up gently and breathe into the belly for 30 seconds.",
        cautions: ["abdomen-organs", "pregnancy-abdomen"],
      },
      {
        id: "rectus-abdominis-periumbilical-1",
        name: "Rectus abdominis, beside the navel",
        location: {
          region: "abdomen-lower",
          landmark: "At the outer edge of the long belly muscle, level with the navel.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "chapter on the abdominal muscles (rectus abdominis)" },
        referral: [
          { region: "abdomen-lower", kind: "essential" },
          { region: "abdomen-upper", kind: "spillover" },
        ],
        symptoms: ["cramps"],
        activatedBy: ["Sit-ups with the legs straight", "Poor posture", "Scars from surgery in the belly"],
        find:
          "Lie on your back and lift your head slightly: feel for the outer edge of the long belly muscle, level with the navel.",
        pressTest:
          "Press for about 10 seconds. If it is the source, you feel your familiar cramping or colicky belly pain.",
        treatments: [
          {
            method: "fingers",
            position: "Lying on your back with knees bent.",
            technique: "Press flat fingertips into the edge of the muscle, slowly and gently; hold, then make a few slow short strokes. Stay at or below about 4 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
          {
            method: "pincer",
            position: "Lying on your back with knees bent.",
            technique: "Grip the outer edge of the muscle gently between thumb and fingers and hold.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp: "Lie on your back, breathe slowly into the belly for a minute, then lie face down on your forearms and let the belly lengthen for 30 seconds.",
        cautions: ["abdomen-organs", "pregnancy-abdomen"],
      },
      {
        id: "rectus-abdominis-lower-1",
        name: "Rectus abdominis, lower point",
        location: {
          region: "abdomen-lower",
          landmark: "Below the navel, in the long belly muscle, about halfway between the navel and the pubic bone.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "chapter on the abdominal muscles (rectus abdominis)" },
        referral: [
          { region: "sacrum", kind: "essential" },
          { region: "sacroiliac", kind: "essential", side: "both" },
          { region: "lumbar", kind: "spillover", side: "both" },
          { region: "abdomen-lower", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["Sit-ups and leg raises overdone", "Standing with a sway back", "Belly surgery scars"],
        find:
          "Lie on your back and lift your head and shoulders slightly; feel the muscle harden below the navel and press in halfway down to the pubic bone.",
        pressTest:
          "Press for about 10 seconds. If it is the source, your familiar pain appears as a band across the low back at the level of the pelvis.",
        treatments: [
          {
            method: "fingers",
            position: "Lying on your back with knees bent.",
            technique: "Press flat fingertips in slowly and gently, hold, then stroke slowly along the muscle. Stay at or below about 4 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
          {
            method: "pincer",
            position: "Lying on your back with knees bent.",
            technique: "Grip the muscle between thumb and fingers from its outer edge and hold gently.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp: "Lie face down and push up onto your forearms or hands, letting the belly lengthen; hold 30 seconds, breathing slowly.",
        cautions: ["abdomen-organs", "pregnancy-abdomen"],
      },
      {
        id: "rectus-abdominis-lower-2",
        name: "Rectus abdominis, above the pubic bone",
        location: {
          region: "abdomen-lower",
          landmark: "Just above the pubic bone, two fingers' width to the side of the middle line, where the muscle attaches.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "chapter on the abdominal muscles (rectus abdominis)" },
        referral: [
          { region: "pubic", kind: "essential" },
          { region: "abdomen-lower", kind: "essential" },
        ],
        symptoms: ["cramps"],
        activatedBy: ["Sit-ups and leg raises overdone", "Belly surgery scars", "Long periods of slumped sitting"],
        find:
          "Lie on your back and find the top of the pubic bone; the muscle's lower end lies just above it either side of the middle line. Lifting your head makes it firm.",
        pressTest:
          "Press gently for about 10 seconds. If it is the source, your familiar ache above the pubic bone or in the lower belly returns, sometimes like period cramps.",
        treatments: [
          {
            method: "fingers",
            position: "Lying on your back with knees bent.",
            technique: "Press flat fingertips in slowly just above the pubic bone and hold gently; stay at or below about 4 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp: "Lie face down on your forearms and let the belly lengthen for 30 seconds, breathing slowly into the lower belly.",
        cautions: ["abdomen-organs", "pregnancy-abdomen"],
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: "abdominal-obliques",
    name: "External and internal obliques",
    about:
      "The layered muscles of the side of the belly, running diagonally between the lower ribs, the hip bone and the midline. They twist and bend the trunk and squeeze the belly when you cough or strain.",
    evidence:
      "Pain from these points can resemble heartburn, a hernia or a groin strain; a bulge in the groin, or belly pain with fever or vomiting, needs a doctor first.",
    sources: [
      { source: "simons-1999", locator: "chapter on the abdominal muscles (obliques and transversus)" },
      { source: "davies-2013", locator: "section on the external obliques" },
    ],
    triggerPoints: [
      {
        id: "abdominal-obliques-1",
        name: "Obliques, upper point",
        location: {
          region: "abdomen-upper",
          landmark: "Just below the front of the lower rib margin, on the side of the upper belly, outside the long belly muscle.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "chapter on the abdominal muscles (obliques and transversus)" },
        referral: [
          { region: "abdomen-upper", kind: "essential" },
          { region: "chest", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["Twisting sports such as golf or tennis", "Persistent coughing", "Slumped sitting"],
        find:
          "Lie on your back, place your fingers just below the lower ribs on the side of the belly and lift your head while turning slightly toward the other side: the muscle firms under your fingers.",
        pressTest:
          "Press for about 10 seconds. If it is the source, you feel your familiar burning or aching in the upper belly, sometimes rising into the lower chest.",
        treatments: [
          {
            method: "pincer",
            position: "Lying on your back, or on your side with the sore side up.",
            technique: "Grip the muscle below the ribs between thumb and fingers and squeeze gently, moving along it a little at a time. Stay at or below about 4 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Lying on your back with knees bent.",
            technique: "Press flat fingertips just below the rib margin and stroke slowly outward along the ribs.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp:
          "Stand and reach both arms overhead, then bend slowly away from the sore side and turn slightly up toward the ceiling; hold 30 seconds, breathing into the side.",
        cautions: ["abdomen-organs", "pregnancy-abdomen"],
      },
      {
        id: "abdominal-obliques-2",
        name: "Obliques, lower point",
        location: {
          region: "abdomen-lower",
          landmark: "In the lower side of the belly just above the groin crease, a little inside the bony point at the front of the hip.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "chapter on the abdominal muscles (obliques and transversus)" },
        referral: [
          { region: "groin", kind: "essential" },
          { region: "abdomen-lower", kind: "essential" },
          { region: "pubic", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["Twisting and lifting", "Heavy coughing or straining", "Scars from hernia or other surgery"],
        find:
          "Lie on your back and find the bony point at the front of the hip. Move two fingers' width inward and up, staying above the groin crease. Lifting your head and turning it to the other side makes the muscle tense.",
        pressTest:
          "Press for about 10 seconds. If it is the source, your familiar pain appears in the groin or lower belly. A bulge when you cough, or pain into the testicle that does not ease, needs a doctor.",
        treatments: [
          {
            method: "pincer",
            position: "Lying on your side with the sore side up, or on your back with knees bent.",
            technique: "Gather the muscle above the hip bone between thumb and fingers and squeeze gently. Stay at or below about 4 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Lying on your back with knees bent.",
            technique: "Press flat fingertips in slowly above the groin crease, never into the crease itself; hold gently.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp: "Lie on your back with knees bent and let both knees fall slowly to the other side, arms out wide; hold 30 seconds and breathe into the belly.",
        cautions: ["abdomen-organs", "pregnancy-abdomen", "femoral-triangle"],
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: "intercostals",
    name: "Intercostals",
    about:
      "The thin layers of muscle in the spaces between the ribs. They stiffen the chest wall and help raise and lower the ribs as you breathe.",
    evidence:
      "Chest pain is not something to self-diagnose: heart and lung problems, rib fractures and shingles (a burning band before a rash appears) can all feel similar and need ruling out first.",
    sources: [
      { source: "simons-1999", locator: "chapter on the intercostal muscles and diaphragm" },
      { source: "davies-2013", locator: "section on the intercostals" },
    ],
    triggerPoints: [
      {
        id: "intercostals-1",
        name: "Intercostals, side of the chest",
        location: {
          region: "ribs-side",
          landmark: "In a space between two ribs on the side of the chest, below the level of the armpit.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "chapter on the intercostal muscles and diaphragm" },
        referral: [
          { region: "ribs-side", kind: "essential" },
          { region: "chest", kind: "spillover" },
        ],
        symptoms: ["restricted-motion"],
        activatedBy: ["Coughing fits", "Twisting or reaching overhead", "A blow to the ribs", "Chest surgery or shingles in the past"],
        find:
          "Run your fingertips along the side of the chest and feel the ribs and the soft grooves between them; the point is a very tender spot in a groove. Breathing in deeply often catches it.",
        pressTest:
          "Press gently into the groove for about 10 seconds. If it is the source, your familiar sharp or aching pain on breathing in comes back at that spot, sometimes running forward along the rib.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting or lying on the other side with the arm of the sore side over your head.",
            technique:
              "Press one fingertip gently into the groove between the ribs, not on the rib, and make small slow strokes along it. Stay at or below about 4 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp:
          "Sit tall, raise the arm of the sore side overhead and lean away while breathing slowly and deeply into the stretched side, five breaths.",
        cautions: ["chest-and-breast"],
      },
      {
        id: "intercostals-2",
        name: "Intercostals, front of the chest",
        location: {
          region: "chest",
          landmark: "In a space between two ribs on the front of the chest, a few fingers' width to the side of the breastbone.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "chapter on the intercostal muscles and diaphragm" },
        referral: [
          { region: "chest", kind: "essential" },
          { region: "sternum", kind: "spillover" },
        ],
        symptoms: ["restricted-motion"],
        activatedBy: ["Coughing fits", "Slumped posture with the chest caved in", "Heavy lifting with the arms held in front"],
        find:
          "Feel the ribs beside the breastbone and the soft grooves between them. The point is a very tender spot in one of the grooves, on muscle, not on breast tissue.",
        pressTest:
          "Press gently into the groove for about 10 seconds. If it is the source, your familiar pain returns at that spot on the chest. Chest pain with breathlessness, sweating or nausea means call for help instead.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting or lying on your back.",
            technique: "Press one fingertip gently into the groove between the ribs and make small slow strokes along it; stay at or below about 4 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp: "Stand in a doorway with forearms on the frame and step forward gently to open the chest; breathe slowly and deeply for 30 seconds.",
        cautions: ["chest-and-breast"],
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: "diaphragm",
    name: "Diaphragm",
    about:
      "The dome-shaped breathing muscle that separates the chest from the belly, attached all round the inside of the lower ribs. It flattens to draw air in and is the main muscle of breathing.",
    evidence:
      "Its points cannot be pressed directly; the idea of diaphragm trigger points rests mainly on clinical observation, for example the stitch felt when running. Pain under the ribs or at the shoulder tip with fever, breathlessness or after eating fatty food needs a doctor.",
    sources: [
      { source: "simons-1999", locator: "chapter on the intercostal muscles and diaphragm" },
      { source: "davies-2013", locator: "section on the diaphragm" },
    ],
    triggerPoints: [
      {
        id: "diaphragm-1",
        name: "Diaphragm, under the front rib margin",
        location: {
          region: "abdomen-upper",
          landmark: "Just under the front of the lower rib margin, reached by curling the fingers up under the ribs.",
          depth: "deep",
        },
        prevalence: "rare",
        prevalenceSource: { source: "simons-1999", locator: "chapter on the intercostal muscles and diaphragm" },
        referral: [
          { region: "abdomen-upper", kind: "essential" },
          { region: "ribs-side", kind: "essential" },
          { region: "chest", kind: "spillover" },
          { region: "shoulder-top", kind: "spillover" },
        ],
        symptoms: ["breathlessness"],
        activatedBy: ["Running, especially soon after eating", "Persistent coughing", "Shallow chest breathing when stressed", "Slumped sitting"],
        find:
          "Sit and lean slightly forward to soften the belly. Put your fingertips just under the front edge of the lower ribs and, as you breathe out, let them curl gently up under the rib margin.",
        pressTest:
          "Hold gentle pressure for about 10 seconds while breathing slowly. If it is the source, you feel your familiar stitch-like pain under the ribs or at the side of the chest, and a deep breath catches.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting and leaning slightly forward, or lying on your back with knees bent.",
            technique:
              "Breathe out and let the fingertips sink gently up under the rib margin; hold while you breathe slowly, then move a little along the rib edge. Stay at or below about 3 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 3,
            gentle: true,
          },
        ],
        followUp:
          "Lie on your back with knees bent, a hand on your belly, and breathe slowly so the belly rises first; ten slow breaths, with a long breath out.",
        cautions: ["abdomen-organs", "aortic-pulse", "pregnancy-abdomen"],
      },
    ],
  },
];
