import type { MuscleRecord } from "../types.ts";

/**
 * Pelvis and hip: the buttock muscles, the deep hip rotators, the pelvic floor and the muscles at
 * the front of the hip. Facts follow Travell & Simons vol. 2 (travell-1992) and Davies' workbook
 * (davies-2013); every sentence is our own.
 */
export const pelvisHipMuscles: MuscleRecord[] = [
  // ---------------------------------------------------------------------------------------------
  {
    id: "gluteus-maximus",
    name: "Gluteus maximus",
    about:
      "The big, thick muscle that gives the buttock its shape. It straightens the hip when you climb stairs, stand up from a chair or run, and keeps the pelvis steady.",
    evidence:
      "Pain from this muscle stays around the buttock, the sacrum and the tailbone and seldom goes far down the leg. Pain that travels below the knee, with numbness or weakness, suggests a nerve root or other muscles and should be checked.",
    sources: [
      { source: "travell-1992", locator: "ch. 7 (gluteus maximus)" },
      { source: "davies-2013", locator: "chapter on midback, low back and buttocks pain: gluteus maximus" },
    ],
    triggerPoints: [
      {
        id: "gluteus-maximus-1",
        name: "Gluteus maximus, point 1",
        location: {
          region: "buttock-upper",
          landmark:
            "In the inner part of the buttock, about two finger-widths out from the edge of the sacrum (the flat bone at the base of the spine), a little below the dimples of the low back.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 7 (gluteus maximus)" },
        referral: [
          { region: "sacroiliac", kind: "essential" },
          { region: "sacrum", kind: "essential" },
          { region: "buttock-upper", kind: "essential" },
          { region: "buttock-lower", kind: "essential" },
          { region: "thigh-back", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: [
          "Sitting for long spells, especially slumped on a hard seat",
          "Walking uphill, climbing or doing many squats when not used to it",
          "A fall onto the buttocks",
          "Sleeping curled up with the hips bent for hours",
        ],
        find: "Stand and put your fingers beside the sacrum, just below the low-back dimples. Squeeze your buttock and feel the muscle go firm under your fingers, then relax it. Search the band of muscle that runs down and outward from the edge of the bone for a tender, ropy spot.",
        pressTest:
          "Press the spot firmly with fingers or lie on a ball for about 10 seconds. If it is a source, your familiar ache appears along the edge of the sacrum, toward the sacroiliac joint or in the lower buttock. If you feel soreness only under the pressure, the spot is tender but may not be causing your pain.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your back, knees bent and feet flat, with the ball under the buttock just beside the sacrum.",
            technique:
              "Let your weight sink slowly onto the ball. Shift a few centimetres at a time along the edge of the bone and stay where it is tender, keeping the discomfort at about 5 out of 10 or less.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "small-ball",
            position: "Standing with your back to a wall, the ball between the wall and your buttock beside the sacrum.",
            technique:
              "Lean into the ball and bend your knees a little to roll it slowly down and outward along the muscle in short strokes. Ease off if the pain rises above about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "foam-roller",
            position: "Sitting on the roller, leaning toward the side you are treating, hands on the floor behind you.",
            technique: "Roll slowly over the inner buttock from the sacrum toward the buttock crease, pausing on tender spots.",
            dose: { kind: "strokes", count: 12 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Lying on your back, hug one knee gently toward the opposite shoulder for about 30 seconds while breathing out slowly, then do a few easy bridges.",
        cautions: ["pregnancy-low-back"],
      },
      {
        id: "gluteus-maximus-2",
        name: "Gluteus maximus, point 2",
        location: {
          region: "buttock-lower",
          landmark:
            "Low in the buttock, just above the sit bone (the bony point you sit on), in the thick muscle over it.",
          depth: "superficial",
        },
        prevalence: "common",
        prevalenceSource: { source: "travell-1992", locator: "ch. 7 (gluteus maximus)" },
        referral: [
          { region: "buttock-lower", kind: "essential" },
          { region: "buttock-upper", kind: "essential" },
          { region: "sacrum", kind: "essential" },
          { region: "iliac-crest", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: [
          "Sitting for long periods, especially on a wallet or a hard edge",
          "Uphill walking, stair climbing and lifting with the legs",
          "Swimming or sports with strong hip pushes after a break",
        ],
        find: "Sit on a firm chair and find the sit bone under you. Move your fingers just above it onto the thick, fleshy muscle. Squeeze the buttock to feel the muscle tighten, then relax and search for a tender knot.",
        pressTest:
          "Press firmly for about 10 seconds. If this is the source, the ache spreads through the buttock and toward the sacrum, sometimes up under the rim of the hip bone; many people say it feels like sitting on a stone. Local tenderness alone is less telling.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your back with knees bent, the ball under the lower buttock just above the sit bone.",
            technique:
              "Rest your weight on the ball and let the muscle soften around it. Move a little at a time, keeping to the fleshy muscle, and keep the pain at about 5 out of 10 or less.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "small-ball",
            position: "Sitting on a firm chair with the ball under the lower buttock, just above the sit bone.",
            technique:
              "Lean onto the ball and hold on the tender spot until it eases. Stay on muscle above the sit bone; if burning or tingling runs down the leg, move the ball.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "foam-roller",
            position: "Sitting on the roller, leaning onto the side you are treating.",
            technique: "Roll slowly over the lower buttock in short strokes, avoiding the bony sit bone itself.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Lying on your back, pull one knee toward your chest for about 30 seconds, then stand up and walk around for a minute; take breaks from sitting.",
        cautions: ["sciatic-nerve", "pregnancy-low-back"],
      },
      {
        id: "gluteus-maximus-3",
        name: "Gluteus maximus, point 3",
        location: {
          region: "buttock-lower",
          landmark:
            "At the lowest, innermost edge of the buttock, beside the tailbone and just above the inner end of the buttock crease.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 7 (gluteus maximus)" },
        referral: [
          { region: "coccyx", kind: "essential" },
          { region: "buttock-lower", kind: "essential" },
        ],
        symptoms: [],
        activatedBy: ["Sitting for long spells, especially leaning back onto the tailbone", "A fall onto the buttocks"],
        find: "Lying on your side, find the tip of the tailbone with your fingers and move them a little out and down onto the soft buttock beside it. Squeeze the buttock to feel the muscle fibres there tighten.",
        pressTest:
          "Press for about 10 seconds. If it is the source, you feel your familiar tailbone ache; soreness only under your fingers may just be local tenderness.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your back with knees bent, the ball under the lower inner buttock beside the tailbone.",
            technique:
              "Let your weight rest on the ball, not on the tailbone itself. Shift slightly until you find the tender spot and stay there at about 5 out of 10 or less.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Lying on your side, top knee bent forward and resting on a pillow.",
            technique: "Press with two or three fingertips into the muscle beside the tailbone and make slow short strokes outward, away from the bone.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp: "Lying on your back, hug both knees to your chest for 30 seconds and gently rock side to side.",
        cautions: ["pregnancy-low-back"],
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: "gluteus-medius",
    name: "Gluteus medius",
    about:
      "A fan-shaped muscle on the upper outer buttock, just under the rim of the hip bone. It keeps the pelvis level each time you stand on one leg, as in walking, and moves the thigh out to the side.",
    evidence:
      "Its low back and hip pattern overlaps with quadratus lumborum, with the sacroiliac joint and with tendon or bursa problems over the bony knob on the side of the hip; if the bone itself stays the sorest spot, have it checked.",
    sources: [
      { source: "travell-1992", locator: "ch. 8 (gluteus medius)" },
      { source: "davies-2013", locator: "chapter on midback, low back and buttocks pain: gluteus medius" },
      { source: "iglesias-2013", locator: "results: active trigger points by muscle in chronic low back pain" },
    ],
    triggerPoints: [
      {
        id: "gluteus-medius-1",
        name: "Gluteus medius, point 1 (back)",
        location: {
          region: "buttock-upper",
          landmark:
            "Just below the back part of the rim of the hip bone, about a hand's width out from the spine, close to the sacroiliac joint.",
          depth: "deep",
        },
        prevalence: "common",
        prevalenceSource: { source: "iglesias-2013", locator: "results: active trigger points by muscle in chronic low back pain" },
        referral: [
          { region: "iliac-crest", kind: "essential" },
          { region: "sacroiliac", kind: "essential" },
          { region: "sacrum", kind: "essential" },
          { region: "buttock-upper", kind: "spillover" },
        ],
        symptoms: ["sleep-disturbance"],
        activatedBy: [
          "Standing with your weight on one leg for long",
          "Walking or running on sand, slopes or cambered roads",
          "Sitting on a wallet in a back pocket",
          "A leg-length difference or a sudden fall",
        ],
        find: "Put your hand on your hip with the thumb at the back, just under the rim of the hip bone beside the low back. Stand on the other leg and lift this leg slightly out to the side: the muscle under your thumb tightens. Search just below the rim for a tender spot.",
        pressTest:
          "Press for about 10 seconds. If this is a source, your familiar ache appears along the rim of the hip bone, over the sacroiliac joint or over the sacrum. Pain only where you press may be local tenderness.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your back with knees bent, the ball under the upper buttock just below the rim of the hip bone.",
            technique:
              "Tilt gently toward the side you are treating and let your weight sink in. Move in small steps along the rim and stay on tender spots, keeping the pain at about 5 out of 10 or less.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "small-ball",
            position: "Standing with your back to a wall, the ball between the wall and the upper buttock below the rim of the hip bone.",
            technique: "Lean in and roll the ball slowly along the muscle just under the bone, in short strokes from the spine outward.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "hooked-cane",
            position: "Standing or sitting on the edge of a chair, the hook of the cane reaching around to the back of the hip.",
            technique:
              "Place the knob just under the rim of the hip bone and pull gently on the cane to press in; hold on the tender spot until it softens.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Lying on your back, cross the treated leg over the other knee and let the knee drop gently across your body for about 30 seconds; then walk a few steps with the pelvis level.",
        cautions: ["pregnancy-low-back"],
      },
      {
        id: "gluteus-medius-2",
        name: "Gluteus medius, point 2 (middle)",
        location: {
          region: "buttock-upper",
          landmark:
            "Just below the highest point of the rim of the hip bone, about halfway between the spine and the side seam of your trousers.",
          depth: "superficial",
        },
        prevalence: "common",
        prevalenceSource: { source: "iglesias-2013", locator: "results: active trigger points by muscle in chronic low back pain" },
        referral: [
          { region: "buttock-upper", kind: "essential" },
          { region: "hip-side", kind: "spillover" },
          { region: "thigh-outer", kind: "spillover" },
          { region: "thigh-back", kind: "spillover" },
        ],
        symptoms: ["sleep-disturbance"],
        activatedBy: [
          "Standing on one leg or with one hip pushed out, for example while holding a child on the hip",
          "Long walks or runs, especially on uneven ground",
          "Sleeping on the same side every night",
        ],
        find: "Place your hand on the side of your hip with your fingers just below the top of the hip bone. Lift the leg out to the side or stand on it and feel the muscle harden. Feel for a tight band with a tender knot a finger or two below the rim.",
        pressTest:
          "Press for about 10 seconds. If this is the source, your familiar ache spreads over the middle and outer buttock and sometimes down the back or side of the upper thigh. Soreness only at the spot is local tenderness.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your back, knees bent, rolled slightly onto the side you are treating with the ball under the upper outer buttock.",
            technique:
              "Rest on the ball and let the muscle melt around it. Move it a little at a time along the rim of the bone, keeping the pain at about 5 out of 10 or less.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "small-ball",
            position: "Standing with the side-back of your hip against a wall, the ball between.",
            technique: "Lean into the ball and make slow short strokes just under the rim of the bone, pausing on tender spots.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "hooked-cane",
            position: "Standing, the hook of the cane reaching around to the side-back of the hip.",
            technique: "Set the knob just under the rim and pull gently to press in; hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Standing, cross the treated leg behind the other and lean your hips gently out to the treated side for about 30 seconds. Sleep with a pillow between your knees.",
        cautions: ["pregnancy-low-back"],
      },
      {
        id: "gluteus-medius-3",
        name: "Gluteus medius, point 3 (front)",
        location: {
          region: "hip-side",
          landmark:
            "On the side of the pelvis just below the rim of the hip bone, a few finger-widths behind the bony point at the front of the hip.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 8 (gluteus medius)" },
        referral: [
          { region: "iliac-crest", kind: "essential" },
          { region: "sacrum", kind: "essential" },
          { region: "lumbar", kind: "spillover", side: "both" },
        ],
        symptoms: [],
        activatedBy: [
          "Standing with the weight on one leg",
          "Walking or running on slopes and uneven ground",
          "Lying on the same side for long periods",
        ],
        find: "Find the bony point at the front of your hip bone and move your fingers a few centimetres back along the rim and just below it. Lift the leg out to the side to feel the muscle tighten under your fingers.",
        pressTest:
          "Press for about 10 seconds. If this is the source, your familiar ache appears along the rim of the hip bone and across the low back or sacrum. Soreness only where you press may be local.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on the side you are treating, with the ball under the side of the pelvis just below the rim of the hip bone.",
            technique:
              "Let part of your weight rest on the ball, propped on an elbow so you can control the pressure; keep it at about 5 out of 10 or less.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Standing or lying on the other side.",
            technique: "Press with the fingertips of both hands just below the rim and make slow short strokes backward along the bone.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "small-ball",
            position: "Standing with the side of your pelvis against a wall, the ball just below the rim of the hip bone.",
            technique: "Lean in gently and hold on the tender spot until it eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Standing, cross the treated leg behind the other and let the hip slide out to the side for about 30 seconds, then walk a few steps.",
        cautions: ["pregnancy-low-back"],
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: "gluteus-minimus",
    name: "Gluteus minimus",
    about:
      "The smallest and deepest buttock muscle, lying under gluteus medius and attached to the front of the bony knob on the side of the hip. It moves the thigh out to the side, turns it inward and steadies the hip as you walk.",
    evidence:
      "Pain from this muscle down the side or back of the leg closely imitates sciatica from a spinal nerve root. Numbness, weakness, lost reflexes or bladder changes point to a nerve problem and need a clinician.",
    sources: [
      { source: "travell-1992", locator: "ch. 9 (gluteus minimus)" },
      { source: "davies-2013", locator: "chapter on midback, low back and buttocks pain: gluteus minimus" },
    ],
    triggerPoints: [
      {
        id: "gluteus-minimus-anterior-1",
        name: "Gluteus minimus, front part",
        location: {
          region: "hip-side",
          landmark:
            "On the side of the hip, below the front part of the rim of the hip bone and above and in front of the bony knob at the top of the thigh. With your thumb on the bony point at the front of the hip, your fingers rest over it.",
          depth: "deep",
        },
        prevalence: "common",
        prevalenceSource: { source: "travell-1992", locator: "ch. 9 (gluteus minimus)" },
        referral: [
          { region: "hip-side", kind: "essential" },
          { region: "buttock-lower", kind: "essential" },
          { region: "thigh-outer", kind: "essential" },
          { region: "knee-outer", kind: "essential" },
          { region: "leg-outer", kind: "essential" },
          { region: "ankle-outer", kind: "spillover" },
        ],
        symptoms: ["sleep-disturbance"],
        activatedBy: [
          "Long walks or runs, especially on uneven ground",
          "Standing still for long with the weight on one leg",
          "Sitting for long without moving, or sitting on a wallet",
          "Limping because of a painful foot, knee or hip",
        ],
        find: "Put your thumb on the bony point at the front of your hip and spread your fingers back and down over the side of the hip. Turn your foot and knee inward while lifting the leg slightly: the deep muscle under your fingers tightens. Press through the outer layers to find a deep, tender spot.",
        pressTest:
          "Press firmly for about 10 seconds. If this is the source, your familiar pain runs down the side of the thigh, knee or lower leg, sometimes toward the ankle. Deep soreness only under the pressure is less telling.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on the side you are treating, rolled a little toward your front, the ball under the side of the hip just in front of and above the bony knob.",
            technique:
              "Prop yourself on an elbow and lower your weight onto the ball slowly. Hold on the tender spot, keeping the pain at about 5 out of 10 or less.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "small-ball",
            position: "Standing with the side of your hip against a wall, the ball just in front of and above the bony knob.",
            technique: "Lean in and make slow short strokes up and down over the spot, or hold still on it.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "knobbed-tool",
            position: "Sitting on the edge of a chair or standing.",
            technique: "Press the knob steadily into the side of the hip above and in front of the bony knob and hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Standing, cross the treated leg behind the other and lean your hip out to the treated side for about 30 seconds; then walk a few relaxed steps.",
        cautions: ["pregnancy-low-back"],
      },
      {
        id: "gluteus-minimus-posterior-1",
        name: "Gluteus minimus, back part, point 1",
        location: {
          region: "buttock-upper",
          landmark:
            "Deep in the upper buttock, about a third of the way along an imaginary line from the top of the sacrum to the bony knob on the side of the hip, under gluteus medius.",
          depth: "deep",
        },
        prevalence: "common",
        prevalenceSource: { source: "travell-1992", locator: "ch. 9 (gluteus minimus)" },
        referral: [
          { region: "buttock-upper", kind: "essential" },
          { region: "buttock-lower", kind: "essential" },
          { region: "thigh-back", kind: "essential" },
          { region: "calf", kind: "essential" },
          { region: "knee-back", kind: "spillover" },
        ],
        symptoms: ["sleep-disturbance"],
        activatedBy: [
          "Sitting for long periods without moving",
          "Walking or running far, especially uphill",
          "A fall, or a jolt through the leg",
        ],
        find: "Draw an imaginary line from the top of the sacrum to the bony knob on the side of the hip. A third of the way out, press deep through the buttock. Turning the leg inward while lying on your side makes the deep muscle work.",
        pressTest:
          "Press deeply for about 10 seconds. If this is the source, your familiar pain runs into the buttock, down the back of the thigh and sometimes into the calf, much like sciatica. A deep local ache alone is less telling.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your back with knees bent, the ball under the upper buttock one-third of the way out from the sacrum.",
            technique:
              "Sink slowly onto the ball and let it work through the outer muscles. Keep the pain at about 5 out of 10 or less, and move the ball if you feel burning or tingling.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "small-ball",
            position: "Lying on your back or standing against a wall, the ball on the spot.",
            technique: "Hold still on the tender spot, or make slow short strokes outward toward the side of the hip.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Lying on your back, bend the treated knee and pull it gently across your body toward the opposite shoulder for about 30 seconds.",
        cautions: ["sciatic-nerve", "pregnancy-low-back"],
      },
      {
        id: "gluteus-minimus-posterior-2",
        name: "Gluteus minimus, back part, point 2",
        location: {
          region: "buttock-upper",
          landmark:
            "Deep in the upper outer buttock, about two-thirds of the way along an imaginary line from the top of the sacrum to the bony knob on the side of the hip.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 9 (gluteus minimus)" },
        referral: [
          { region: "buttock-upper", kind: "essential" },
          { region: "buttock-lower", kind: "essential" },
          { region: "thigh-back", kind: "essential" },
          { region: "calf", kind: "essential" },
          { region: "knee-back", kind: "spillover" },
        ],
        symptoms: ["sleep-disturbance"],
        activatedBy: [
          "Sitting for long periods without moving",
          "Walking or running far, especially uphill",
          "Limping because of pain elsewhere in the leg",
        ],
        find: "On the same imaginary line from the top of the sacrum to the bony knob on the side of the hip, go about two-thirds of the way out, a little above and behind the knob, and press deep.",
        pressTest:
          "Press deeply for about 10 seconds. If this is the source, your familiar pain runs through the buttock and down the back of the thigh, sometimes into the calf. A deep ache only where you press is less telling.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your back with knees bent, tilted slightly toward the side you are treating, the ball under the upper outer buttock.",
            technique:
              "Let your weight settle on the ball and hold on the tender spot, keeping the pain at about 5 out of 10 or less. Move the ball if burning or tingling runs down the leg.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "small-ball",
            position: "Standing with the back-outer hip against a wall, the ball between.",
            technique: "Lean in and make slow short strokes over the spot.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Lying on your back, bend the treated knee and pull it gently across your body toward the opposite shoulder for about 30 seconds.",
        cautions: ["sciatic-nerve", "pregnancy-low-back"],
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: "piriformis",
    name: "Piriformis",
    about:
      "A pear-shaped muscle deep in the buttock, running from the front of the sacrum to the top of the bony knob on the side of the hip. It turns the thigh outward and steadies the hip joint; the sciatic nerve passes just below it, and sometimes through it.",
    evidence:
      "A tight piriformis can press on the sciatic nerve and cause tingling or numbness down the leg, but this 'piriformis syndrome' is debated, and the same symptoms come far more often from the lower spine. Leg weakness, spreading numbness or bladder or bowel changes need a clinician, not a ball.",
    sources: [
      { source: "travell-1992", locator: "ch. 10 (piriformis and other short lateral rotators)" },
      { source: "davies-2013", locator: "chapter on midback, low back and buttocks pain: piriformis" },
      { source: "iglesias-2013", locator: "results: active trigger points by muscle in chronic low back pain" },
    ],
    triggerPoints: [
      {
        id: "piriformis-1",
        name: "Piriformis, point 1 (outer)",
        location: {
          region: "buttock-upper",
          landmark:
            "Deep in the middle of the buttock, about a third of the way in from the bony knob on the side of the hip toward the lower sacrum.",
          depth: "deep",
        },
        prevalence: "common",
        prevalenceSource: { source: "iglesias-2013", locator: "results: active trigger points by muscle in chronic low back pain" },
        referral: [
          { region: "sacroiliac", kind: "essential" },
          { region: "buttock-upper", kind: "essential" },
          { region: "buttock-lower", kind: "essential" },
          { region: "hip-side", kind: "spillover" },
          { region: "thigh-back", kind: "spillover" },
        ],
        symptoms: ["numbness-tingling", "restricted-motion"],
        activatedBy: [
          "Sitting for long, especially on a wallet or with one leg tucked under",
          "Catching yourself from a fall or a sudden twist while lifting",
          "Driving for hours with the foot on the pedal",
          "Running, especially with feet that roll inward",
        ],
        find: "Draw an imaginary line from the lower sacrum to the bony knob on the side of the hip; the muscle lies under this line. Press deep about a third of the way in from the knob. Turning the thigh outward against light resistance makes it firm.",
        pressTest:
          "Press deep for about 10 seconds. If this is the source, your familiar ache spreads across the buttock, toward the sacroiliac joint or the back of the hip, sometimes down the back of the thigh. Burning or electric pain down the leg means you are on the nerve: move off it.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your back with knees bent, the ball under the middle of the buttock, about a third of the way in from the side of the hip.",
            technique:
              "Let your weight sink onto the ball. Let the treated knee fall slowly out to the side and back to turn the muscle under the ball, keeping the pain at about 5 out of 10 or less.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "small-ball",
            position: "Sitting on a firm floor or lying on your back, the ball under the middle of the buttock.",
            technique:
              "Lean onto the ball and hold on the tender spot. If burning or tingling runs down the leg, move the ball a little toward the hip knob.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "foam-roller",
            position: "Sitting on the roller with the ankle of the treated leg crossed over the other knee, leaning toward the treated side.",
            technique: "Roll slowly a few centimetres at a time across the middle of the buttock, pausing on tender spots.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Lying on your back, cross the ankle of the treated leg over the opposite knee and gently pull the opposite thigh toward your chest for about 30 seconds (a figure-four stretch).",
        cautions: ["sciatic-nerve", "pregnancy-low-back"],
      },
      {
        id: "piriformis-2",
        name: "Piriformis, point 2 (inner)",
        location: {
          region: "buttock-upper",
          landmark:
            "Deep in the buttock just outside the lower edge of the sacrum, where the muscle leaves the pelvis.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 10 (piriformis)" },
        referral: [
          { region: "sacroiliac", kind: "essential" },
          { region: "buttock-upper", kind: "essential" },
          { region: "buttock-lower", kind: "essential" },
          { region: "hip-side", kind: "spillover" },
          { region: "thigh-back", kind: "spillover" },
        ],
        symptoms: ["numbness-tingling", "restricted-motion"],
        activatedBy: [
          "Sitting for long, especially on a wallet or with one leg tucked under",
          "Lifting while bent and twisted",
          "Falls onto the buttocks",
        ],
        find: "Find the lower edge of the sacrum and move a finger-width or two outward onto the buttock. Press deep through the big buttock muscle. Turning the thigh outward against light resistance makes the muscle firm.",
        pressTest:
          "Press deep for about 10 seconds. If this is the source, you feel your familiar ache at the sacroiliac joint and across the buttock, sometimes down the back of the thigh. Burning or electric pain down the leg means move off the nerve.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your back with knees bent, the ball under the buttock just outside the lower sacrum.",
            technique:
              "Let your weight sink onto the ball and breathe out slowly. Keep the pain at about 5 out of 10 or less.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "small-ball",
            position: "Lying on your back with knees bent, the ball on the spot.",
            technique: "Hold on the tender spot, then make a few slow short strokes outward toward the hip.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Lying on your back, cross the ankle of the treated leg over the opposite knee and gently pull the opposite thigh toward your chest for about 30 seconds.",
        cautions: ["sciatic-nerve", "pregnancy-low-back"],
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: "obturator-internus",
    name: "Obturator internus and other short lateral rotators",
    about:
      "A group of small, deep muscles in the lower buttock (the gemelli, quadratus femoris and the obturators) that turn the thigh outward and hold the head of the thigh bone in its socket. Obturator internus starts inside the pelvis on its side wall and leaves through a notch behind the hip.",
    evidence:
      "Obturator internus is known to refer pain to the tailbone and anal area and toward the back of the thigh; the patterns of the gemelli and quadratus femoris are little studied and are thought to resemble piriformis. Pain in the pelvic floor area has many causes a clinician should rule out.",
    sources: [
      { source: "travell-1992", locator: "ch. 6 (pelvic floor muscles: obturator internus)" },
      { source: "travell-1992", locator: "ch. 10 (piriformis and other short lateral rotators)" },
      { source: "davies-2013", locator: "chapter on midback, low back and buttocks pain: other lateral hip rotators" },
    ],
    triggerPoints: [
      {
        id: "obturator-internus-1",
        name: "Obturator internus, inside the pelvis",
        location: {
          region: "pelvic-floor",
          landmark:
            "On the side wall of the pelvis, against the inner side of the sit bone. From outside it can only be reached by pressing up and inward just inside the sit bone.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 6 (pelvic floor muscles: obturator internus)" },
        referral: [
          { region: "coccyx", kind: "essential" },
          { region: "pelvic-floor", kind: "essential" },
          { region: "thigh-back", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: [
          "Sitting for long on hard seats",
          "A fall onto the buttocks",
          "Childbirth or pelvic surgery",
        ],
        find: "Sit on a firm chair and find the sit bone under you. Move your fingers to its inner side, toward the middle, staying on the buttock and not the perineum. Pressing up and inward there reaches toward the muscle.",
        pressTest:
          "Press gently for about 10 seconds. If this is the source, the familiar ache appears around the tailbone or the anal area, sometimes with fullness in the rectum or pain in the upper back of the thigh. Mild local soreness alone is less telling.",
        treatments: [
          {
            method: "large-ball",
            position: "Sitting on a firm chair with the ball under the buttock just inside the sit bone.",
            technique:
              "Lean your weight slowly onto the ball and let the area relax as you breathe out. Keep the pressure gentle, at about 4 out of 10 or less.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 4,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Lying on your side with the top knee bent and resting on a pillow.",
            technique:
              "From outside, through the buttock, press flat fingertips up and inward against the inner side of the sit bone and hold. Stay on the buttock skin, away from the anus and the perineum.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: false,
          },
        ],
        followUp:
          "Lying on your back, let both knees fall gently out to the sides with the soles of the feet together and breathe slowly into the belly for a minute.",
        cautions: ["pelvic-floor", "pregnancy-low-back"],
      },
      {
        id: "obturator-internus-2",
        name: "Short lateral rotators, behind the hip",
        location: {
          region: "buttock-lower",
          landmark:
            "Deep in the lower buttock, in the outer part of the gap between the sit bone and the bony knob on the side of the hip, below the line of piriformis. The sciatic nerve runs down through the middle of this gap.",
          depth: "deep",
        },
        prevalence: "rare",
        prevalenceSource: { source: "travell-1992", locator: "ch. 10 (piriformis and other short lateral rotators)" },
        referral: [
          { region: "buttock-lower", kind: "essential" },
          { region: "hip-side", kind: "spillover" },
          { region: "thigh-back", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: [
          "Sitting for long, especially with legs crossed",
          "Sports with sudden turns on one leg",
          "Running with feet that roll inward",
        ],
        find: "Find the sit bone and the bony knob on the side of the hip. The sciatic nerve runs down through the middle of the gap between them, so press deep into the lower buttock in the outer third of the gap, nearer the knob. Turning the thigh outward against light resistance makes these small muscles firm.",
        pressTest:
          "Press for about 10 seconds. If this is the source, your familiar ache fills the lower buttock and may spread toward the back of the hip or the back of the thigh. Burning or electric pain down the leg means you are on the sciatic nerve: move off it.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your back with knees bent, the ball under the lower buttock in the outer part of the gap between the sit bone and the side of the hip.",
            technique:
              "Let your weight settle slowly and hold on the tender spot, keeping the pain at about 5 out of 10 or less. Move the ball if tingling runs down the leg.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "small-ball",
            position: "Sitting on a firm chair with the ball under the lower buttock, nearer the side of the hip than the sit bone.",
            technique: "Lean onto the ball and hold, or make slow short strokes toward the hip knob.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Lying on your back, cross the ankle of the treated leg over the opposite knee and gently pull the opposite thigh toward your chest for about 30 seconds.",
        cautions: ["sciatic-nerve", "pregnancy-low-back"],
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: "pelvic-floor",
    name: "Levator ani and coccygeus",
    about:
      "The sling of muscle across the bottom of the pelvis, between the pubic bone, the sit bones and the tailbone. It holds up the bladder and bowel (and the womb) and helps control urine and stool; coccygeus is its back part, running to the side of the tailbone.",
    evidence:
      "Tailbone pain, aching in the anal or vaginal area and pain on sitting can come from these muscles, but also from bowel, bladder, prostate and gynaecological conditions that a doctor should rule out first. Direct work on these muscles is internal and belongs with a trained pelvic health physiotherapist.",
    sources: [
      { source: "travell-1992", locator: "ch. 6 (pelvic floor muscles)" },
      { source: "davies-2013", locator: "chapter on midback, low back and buttocks pain: pelvic floor muscles" },
    ],
    triggerPoints: [
      {
        id: "pelvic-floor-levator-ani-1",
        name: "Levator ani",
        location: {
          region: "pelvic-floor",
          landmark:
            "In the floor of the pelvis beside the anus, between it and the sit bone. From outside it is felt only as the soft floor just inside the sit bone.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 6 (pelvic floor muscles)" },
        referral: [
          { region: "coccyx", kind: "essential" },
          { region: "pelvic-floor", kind: "essential" },
          { region: "sacrum", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: [
          "Sitting slumped for long on hard or soft, sagging seats",
          "Holding in urine or stool, or straining",
          "Childbirth, pelvic surgery or a fall onto the tailbone",
          "Stress and habitual clenching",
        ],
        find: "Sit on a firm chair and find both sit bones under you. The area between a sit bone and the anus is the floor of the pelvis; from outside you can only press on it through the skin and fat of the buttock.",
        pressTest:
          "Sitting on a soft ball placed just inside the sit bone, let your weight rest on it for about 10 seconds. If this is the source, your familiar ache appears at the tailbone or in the anal or vaginal area. Mild pressure without that pain is not telling.",
        treatments: [
          {
            method: "large-ball",
            position: "Sitting on a firm chair with the ball just inside the sit bone, beside (not under) the anus.",
            technique:
              "Lower your weight onto the ball slowly, breathe out and let the pelvic floor soften around it. Keep the pressure gentle, at about 4 out of 10 or less, and stop if you feel numbness or tingling in the groin or genitals.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp:
          "Lying on your back with the soles of the feet together and knees falling out, breathe slowly into the belly and feel the pelvic floor drop and relax with each breath in, for a minute or two.",
        cautions: ["pelvic-floor", "pregnancy-low-back"],
      },
      {
        id: "pelvic-floor-coccygeus-1",
        name: "Coccygeus",
        location: {
          region: "coccyx",
          landmark:
            "Deep beside the lower sacrum and the tailbone, reached from outside by pressing inward just beside the edge of the tailbone.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 6 (pelvic floor muscles)" },
        referral: [
          { region: "coccyx", kind: "essential" },
          { region: "sacrum", kind: "spillover" },
          { region: "pelvic-floor", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: [
          "Sitting leaning back onto the tailbone",
          "A fall onto the tailbone",
          "Childbirth",
        ],
        find: "Lying on your side, find the tip of the tailbone and slide your fingers a little up and out to the side of it. Press gently inward toward the middle through the buttock.",
        pressTest:
          "Press gently for about 10 seconds. If this is the source, you feel your familiar tailbone pain. Tenderness of the bone itself is not a muscle sign.",
        treatments: [
          {
            method: "large-ball",
            position: "Sitting on a firm chair, leaning back slightly, with the ball beside the tailbone (not on it).",
            technique:
              "Let a little weight rest on the ball and breathe out slowly, keeping the pressure gentle, at about 4 out of 10 or less.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 4,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Lying on your side with the top knee bent and resting on a pillow.",
            technique:
              "From outside, press flat fingertips inward beside the edge of the tailbone and hold. Stay on the buttock, away from the anus.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: false,
          },
        ],
        followUp:
          "Kneeling on all fours, slowly round and then gently arch your low back ten times, letting the tailbone move with it.",
        cautions: ["pelvic-floor", "pregnancy-low-back"],
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: "tensor-fasciae-latae",
    name: "Tensor fasciae latae",
    about:
      "A short, flat muscle at the front-outer corner of the hip, just below the bony point at the front of the hip bone. It helps bend the hip and move the thigh out and inward, and tightens the long band of tissue down the outside of the thigh (the IT band).",
    evidence:
      "Its pain over the side of the hip is easily taken for bursitis over the bony knob; if the knob itself stays the sorest spot and lying on it hurts after the muscle has been treated, have it checked.",
    sources: [
      { source: "travell-1992", locator: "ch. 12 (tensor fasciae latae)" },
      { source: "davies-2013", locator: "chapter on hip, thigh and knee pain: tensor fasciae latae" },
    ],
    triggerPoints: [
      {
        id: "tensor-fasciae-latae-1",
        name: "Tensor fasciae latae",
        location: {
          region: "hip-side",
          landmark:
            "At the front-outer corner of the hip, a few finger-widths below and slightly behind the bony point at the front of the hip bone, in front of the bony knob on the side of the hip.",
          depth: "superficial",
        },
        prevalence: "common",
        prevalenceSource: { source: "travell-1992", locator: "ch. 12 (tensor fasciae latae)" },
        referral: [
          { region: "hip-side", kind: "essential" },
          { region: "thigh-outer", kind: "essential" },
          { region: "knee-outer", kind: "spillover" },
        ],
        symptoms: ["sleep-disturbance"],
        activatedBy: [
          "Sitting for long with the hips sharply bent",
          "Running or walking on slopes and cambered roads",
          "Sleeping curled up on your side",
          "Feet that roll inward",
        ],
        find: "Put your fingers below and slightly behind the bony point at the front of the hip. Turn your knee and foot inward and lift the leg a little: a firm, oval muscle pops up under your fingers. Search it for a tender spot, staying outside the groin crease.",
        pressTest:
          "Press for about 10 seconds. If this is the source, your familiar ache appears over the side of the hip and down the outer thigh, sometimes toward the knee. Local tenderness alone is less telling.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying face down, rolled a little onto the side you are treating, with the ball under the front-outer corner of the hip.",
            technique:
              "Let your weight sink slowly onto the ball, propped on your forearms to control the pressure. Keep the pain at about 5 out of 10 or less.",
            dose: { kind: "hold", seconds: 60 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Lying on your back or standing.",
            technique: "Press with the thumb or fingertips into the muscle and make slow short strokes downward along it.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "small-ball",
            position: "Standing with the front-outer hip against a wall, the ball between.",
            technique: "Lean in and hold on the tender spot until it eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "foam-roller",
            position: "Lying face down angled onto the side you are treating, the roller under the front-outer hip.",
            technique: "Roll slowly over the muscle in short strokes, keeping above the bony knob and out of the groin crease.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Standing, step the treated leg behind the other, push that hip gently out to the side and reach the same arm overhead for about 30 seconds. Sleep with a pillow between your knees.",
        cautions: [],
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: "sartorius",
    name: "Sartorius",
    about:
      "The longest muscle in the body: a narrow strap running from the bony point at the front of the hip diagonally across the thigh to the inner side of the knee. It helps bend the hip and knee and turns the thigh outward, as when you sit cross-legged.",
    evidence:
      "Its trigger points give sharp or tingling pain close to the muscle itself rather than far away. Near the hip bone it can press on the nerve to the outer thigh (meralgia paresthetica), which causes burning or numbness on the outer thigh and should be checked if it persists.",
    sources: [
      { source: "travell-1992", locator: "chapter on the tensor fasciae latae and sartorius (ch. 12), sartorius section" },
      { source: "davies-2013", locator: "chapter on hip, thigh and knee pain: sartorius" },
    ],
    triggerPoints: [
      {
        id: "sartorius-1",
        name: "Sartorius, upper point",
        location: {
          region: "thigh-front",
          landmark:
            "In the upper third of the thigh, in the narrow strap that runs down and inward from the bony point at the front of the hip.",
          depth: "superficial",
        },
        prevalence: "rare",
        prevalenceSource: { source: "travell-1992", locator: "ch. 12 (sartorius)" },
        referral: [
          { region: "thigh-front", kind: "essential" },
          { region: "thigh-inner", kind: "spillover" },
        ],
        symptoms: ["numbness-tingling"],
        activatedBy: ["Sitting cross-legged or with the legs folded for long", "Sports with kicking or sudden turns"],
        find: "Sitting, rest the ankle of the treated leg on the other knee: the strap of sartorius stands out, running from the front of the hip bone down across the thigh. Follow it with your fingers below the groin crease and feel for a tender spot.",
        pressTest:
          "Press lightly for about 10 seconds. If this is the source, you feel a sharp or tingling pain along the front of the thigh. Soreness only under your fingers is local tenderness.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting with the ankle of the treated leg resting on the other knee, or lying on your back.",
            technique:
              "With flat fingers, make slow, light strokes down along the strap. Stay out of the groin crease and away from any pulse, and keep it at about 4 out of 10 or less.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp:
          "Kneeling lunge on the other side: kneel on the treated knee, other foot forward, and shift gently forward with the trunk upright for about 30 seconds.",
        cautions: ["femoral-triangle"],
      },
      {
        id: "sartorius-2",
        name: "Sartorius, middle point",
        location: {
          region: "thigh-inner",
          landmark: "Halfway down the thigh, where the strap of sartorius crosses onto the inner side of the thigh.",
          depth: "superficial",
        },
        prevalence: "rare",
        prevalenceSource: { source: "travell-1992", locator: "ch. 12 (sartorius)" },
        referral: [
          { region: "thigh-inner", kind: "essential" },
          { region: "knee-inner", kind: "spillover" },
        ],
        symptoms: ["numbness-tingling"],
        activatedBy: ["Sitting cross-legged for long", "Running and sports with repeated turning and kicking"],
        find: "Sitting with the ankle of the treated leg on the other knee, follow the strap of sartorius to the middle of the inner thigh and feel for a tender, thin band.",
        pressTest:
          "Press lightly for about 10 seconds. If this is the source, you feel a sharp or tingling pain over the inner thigh, sometimes reaching toward the inner knee.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting with the ankle of the treated leg resting on the other knee.",
            technique: "Make slow, light strokes along the strap with flat fingers, keeping the pain at about 4 out of 10 or less.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 4,
            gentle: true,
          },
          {
            method: "large-ball",
            position: "Lying face down, the treated leg bent out to the side like a frog, the ball under the middle of the inner thigh.",
            technique:
              "Rest part of the leg's weight on the ball and roll it slowly along the strap, with light pressure only. The main artery of the leg runs deep under this part of the strap: move the ball if you feel a pulse or tingling.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp:
          "Lying on your side with the treated leg on top, bend the knee and draw the foot gently back toward the buttock for about 30 seconds.",
        cautions: ["varicose-veins"],
      },
      {
        id: "sartorius-3",
        name: "Sartorius, lower point",
        location: {
          region: "thigh-inner",
          landmark: "On the inner side of the thigh, a hand's width above the inner knee, in the strap just before it reaches the knee.",
          depth: "superficial",
        },
        prevalence: "rare",
        prevalenceSource: { source: "travell-1992", locator: "ch. 12 (sartorius)" },
        referral: [
          { region: "knee-inner", kind: "essential" },
          { region: "thigh-inner", kind: "essential" },
        ],
        symptoms: ["numbness-tingling"],
        activatedBy: ["Sitting cross-legged or kneeling for long", "Knees that fall inward when walking, running or squatting"],
        find: "Sitting with the knee bent, find the inner knee and move a hand's width up the inner thigh. Turning the thigh outward and bending the knee makes the strap firm; feel along it for a tender spot.",
        pressTest:
          "Press lightly for about 10 seconds. If this is the source, your familiar sharp or tingling pain appears at the inner knee. Tenderness only under your fingers is local.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying face down, the treated leg bent out to the side, with the ball under the inner thigh just above the knee.",
            technique: "Let the leg rest on the ball and make slow, short strokes along the strap, keeping the pain at about 4 out of 10 or less.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 4,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sitting with the knee bent.",
            technique: "Press the strap with flat fingers and hold on the tender spot, or make slow strokes toward the knee.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: false,
          },
        ],
        followUp:
          "Standing, hold a support and draw the foot of the treated leg back toward your buttock, keeping the knees together, for about 30 seconds.",
        cautions: ["varicose-veins"],
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: "pectineus",
    name: "Pectineus",
    about:
      "A short, flat muscle at the top of the inner thigh, just below the groin crease, running from the pubic bone to the back of the thigh bone. It pulls the thigh inward and helps bend the hip.",
    evidence:
      "Deep groin pain has many other causes, such as hip joint problems, hernia and nerve or pelvic conditions; a lump, swelling or pain on coughing in the groin needs a doctor.",
    sources: [
      { source: "travell-1992", locator: "ch. 13 (pectineus)" },
      { source: "davies-2013", locator: "chapter on hip, thigh and knee pain: pectineus" },
    ],
    triggerPoints: [
      {
        id: "pectineus-1",
        name: "Pectineus",
        location: {
          region: "groin",
          landmark:
            "Just below the inner part of the groin crease, two or three finger-widths to the inner side of the pulse of the groin artery, between the pulse and the firm cord that runs down from the pubic bone.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 13 (pectineus)" },
        referral: [
          { region: "groin", kind: "essential" },
          { region: "thigh-inner", kind: "spillover" },
        ],
        symptoms: ["restricted-motion"],
        activatedBy: [
          "A slip or a sudden splits-like movement",
          "Sitting for long with the legs crossed or the hips sharply bent",
          "Sports with kicking and quick changes of direction",
        ],
        find: "Lie on your back with the knee bent and let it fall out to the side onto a pillow. Find the pulse of the groin artery just below the crease, then move your fingers two or three finger-widths inward, away from the pulse and toward the pubic bone; the big vein of the leg lies right beside the pulse on its inner side. Gently squeeze the knees together to feel the muscle tighten.",
        pressTest:
          "Press gently for about 10 seconds. If this is the source, you feel your familiar deep groin ache, sometimes spreading into the upper inner thigh. If you feel a pulse under your fingers, you are too close to the vessels: move further inward.",
        treatments: [
          {
            method: "fingers",
            position: "Lying on your back with the treated knee bent and dropped out to the side onto a pillow.",
            technique:
              "With flat fingers two or three finger-widths inward from the pulse, press slowly down onto the muscle and hold. Keep the pressure gentle, at about 4 out of 10 or less, and never press on or right beside the pulse.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp:
          "Sit with the soles of your feet together and let your knees sink gently toward the floor for about 30 seconds, or lie on your back in the same position.",
        cautions: ["femoral-triangle"],
      },
    ],
  },
];
