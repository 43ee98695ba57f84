import type { MuscleRecord } from "../types.ts";

/**
 * Thigh and knee: quadriceps, hip adductors, gracilis, hamstrings and popliteus.
 * Positions (`at`) only give the up-down place within the region (0 = hip end, 1 = knee end);
 * the across position is left at the middle.
 */
export const thighKneeMuscles: MuscleRecord[] = [
  // ---------------------------------------------------------------- quadriceps
  {
    id: "rectus-femoris",
    name: "Rectus femoris",
    about:
      "The middle muscle at the front of the thigh, running from the front of the pelvis to the kneecap. It straightens the knee and also lifts the thigh at the hip, so it works in kicking, sprinting and climbing.",
    sources: [
      { source: "travell-1992", locator: "ch. 14, Quadriceps femoris group" },
      { source: "davies-2013", locator: "chapter on hip, thigh and knee pain: rectus femoris" },
      { source: "donnelly-2019", locator: "chapter on the quadriceps femoris muscles" },
    ],
    evidence:
      "The classic pattern puts the pain in and around the kneecap, far from the point near the hip, so it is easy to blame the knee itself. A swollen, hot or locking knee needs a clinician's look before assuming a muscle cause.",
    triggerPoints: [
      {
        id: "rectus-femoris-1",
        name: "Rectus femoris, upper point",
        location: {
          region: "thigh-front",
          landmark:
            "High on the front of the thigh, about a hand's width below the bony point at the front of the hip, in the muscle that runs straight down the middle of the thigh.",
          at: { x: 0.5, y: 0.15 },
          depth: "deep",
        },
        prevalence: "common",
        prevalenceSource: { source: "travell-1992", locator: "ch. 14 (quadriceps femoris)" },
        referral: [
          { region: "knee-front", kind: "essential" },
          { region: "thigh-front", kind: "spillover" },
        ],
        symptoms: ["weakness", "sleep-disturbance"],
        activatedBy: [
          "Sitting for long periods with the hips bent",
          "Stumbling, missing a step or stepping off a curb unexpectedly",
          "Kicking, sprinting, deep squats and running downhill",
        ],
        find:
          "Sit on a chair and find the bony point at the front of your hip. Slide your fingers a hand's width down and slightly inward onto the middle of the thigh. Lift your foot a little off the floor with the knee straight: the cord of muscle that hardens under your fingers is the rectus femoris. Feel across it for a tender, firmer band.",
        pressTest:
          "With the leg relaxed, press the tender spot firmly for about 10 seconds. If this point is the source, you will feel your familiar ache come on in or around the kneecap, sometimes deep inside the knee. If it only hurts where you press, it is local tenderness and probably not the cause of the knee pain.",
        treatments: [
          {
            method: "large-ball",
            position: "Sitting with the leg relaxed and the knee slightly bent, the large soft ball held in both hands on the spot.",
            technique:
              "Press the ball onto the muscle and roll it slowly a few centimetres up and down along it. Keep it on the front of the thigh below the bony point of the hip, never toward the inner thigh or the groin crease, and keep the discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sitting with the leg relaxed and the knee slightly bent.",
            technique:
              "Stack the fingers of both hands on the tender band and press in slowly, then glide a few centimetres down the thigh. Stay well to the outer side of the groin pulse and stop if you feel tingling.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Stand holding a support, bend the knee and hold your ankle behind you, keep the knees together and tuck the tailbone under until you feel a stretch along the front of the thigh and hip. Hold 30 seconds, twice.",
        cautions: [],
      },
      {
        id: "rectus-femoris-2",
        name: "Rectus femoris, lower point",
        location: {
          region: "thigh-front",
          landmark: "Just above the kneecap, in the middle of the front of the thigh where the muscle narrows into its tendon.",
          at: { x: 0.5, y: 0.88 },
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 14 (quadriceps femoris)" },
        referral: [
          { region: "knee-front", kind: "essential" },
          { region: "thigh-front", kind: "spillover" },
        ],
        symptoms: ["weakness", "stiffness"],
        activatedBy: [
          "Kneeling or squatting for long periods",
          "Going down many stairs or hills",
          "A fall onto the knee",
        ],
        find:
          "Sit with the leg straight and relaxed. Place your fingers two to three finger widths above the top of the kneecap in the midline, then tighten the thigh: the muscle and tendon firm up. Relax again and search for a small tender knot.",
        pressTest:
          "Press the knot for about 10 seconds. A deep ache spreading into the knee joint or around the kneecap that feels like your usual knee pain points to this spot. Tenderness only under your finger is local.",
        treatments: [
          {
            method: "large-ball",
            position: "Sitting on the floor or a bed with the leg straight and relaxed.",
            technique:
              "Hold the large soft ball in both hands and press it onto the spot just above the kneecap, then roll it in small slow circles. Keep the discomfort moderate, at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sitting with the leg straight and the muscle relaxed.",
            technique:
              "Press with a thumb supported by the other thumb, and hold on the tender spot until the tenderness fades, without pressing on the kneecap itself.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Lie on your side and pull the top heel toward the buttock with the hip slightly behind you until you feel a stretch along the front of the thigh. Hold 30 seconds, then bend and straighten the knee gently ten times.",
        cautions: [],
      },
    ],
  },
  {
    id: "vastus-medialis",
    name: "Vastus medialis",
    about:
      "The inner part of the quadriceps, forming the teardrop bulge above the inner side of the knee. It straightens the knee and helps keep the kneecap running straight.",
    sources: [
      { source: "travell-1992", locator: "ch. 14, Quadriceps femoris group" },
      { source: "davies-2013", locator: "chapter on hip, thigh and knee pain: vastus medialis" },
      { source: "donnelly-2019", locator: "chapter on the quadriceps femoris muscles" },
    ],
    evidence:
      "Travell and Simons described this muscle's pain fading over weeks while the knee starts to give way unexpectedly. A knee that buckles, locks or swells after a twist can also come from a ligament or meniscus injury, which should be checked first.",
    triggerPoints: [
      {
        id: "vastus-medialis-1",
        name: "Vastus medialis, lower point",
        location: {
          region: "thigh-inner",
          landmark:
            "In the teardrop bulge just above and to the inner side of the kneecap, about three finger widths above the top inner corner of the kneecap.",
          at: { x: 0.5, y: 0.88 },
          depth: "superficial",
        },
        prevalence: "common",
        prevalenceSource: { source: "travell-1992", locator: "ch. 14 (quadriceps femoris)" },
        referral: [
          { region: "knee-front", kind: "essential" },
          { region: "knee-inner", kind: "essential" },
          { region: "thigh-inner", kind: "spillover" },
        ],
        symptoms: ["weakness"],
        activatedBy: [
          "Deep knee bends and squats",
          "Jogging, especially downhill",
          "Kneeling for long periods, for example gardening or laying floors",
          "A fall or blow onto the inner knee",
        ],
        find:
          "Sit with the leg straight and tighten your thigh: the teardrop bulge above the inner knee pops up. Relax it, and feel through the bulge with your fingertips for a tight, tender spot.",
        pressTest:
          "Press the spot for about 10 seconds. If it is the source, your usual ache comes on at the front of the knee, around the inner side of the kneecap. Soreness only at the fingertip means local tenderness.",
        treatments: [
          {
            method: "large-ball",
            position: "Sitting with the leg straight out on the floor or a bed.",
            technique:
              "Press the large soft ball into the bulge with both hands and roll slowly up and down along the muscle, easing off if the discomfort goes above about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sitting with the leg straight and relaxed.",
            technique:
              "Press a supported thumb into the tender spot and hold until it softens, or glide the thumb slowly along the muscle toward the kneecap.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "small-ball",
            position: "Lying face down, leg turned out a little so the inner lower thigh rests on the small ball on the floor.",
            technique: "Let the thigh settle onto the ball and make slow short strokes along the bulge. Stop above the knee joint.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Lying on your side, draw the top heel toward the buttock and hold 30 seconds, then do ten slow knee straightenings while sitting, squeezing the thigh at the top of each.",
        cautions: [],
      },
      {
        id: "vastus-medialis-2",
        name: "Vastus medialis, upper point",
        location: {
          region: "thigh-inner",
          landmark: "On the front-inner side of the thigh, about halfway up the thigh, along the inner edge of the muscle group at the front.",
          at: { x: 0.5, y: 0.55 },
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 14 (quadriceps femoris)" },
        referral: [
          { region: "thigh-inner", kind: "essential" },
          { region: "knee-inner", kind: "essential" },
          { region: "knee-front", kind: "spillover" },
        ],
        symptoms: ["weakness"],
        activatedBy: ["Deep knee bends and squats", "Running and cycling with a saddle set too low", "Sitting with the legs tucked under you"],
        find:
          "Sitting, place your hand on the inner front of the thigh halfway between groin and knee. Tighten the thigh to feel the muscle, relax, then search with your fingertips for a taut band and a tender spot within it.",
        pressTest:
          "Press for about 10 seconds. A line of aching that runs down the inner thigh to the inner knee, matching your pain, points to this spot. Pain only under your finger is local.",
        treatments: [
          {
            method: "large-ball",
            position:
              "Lying face down on the floor with the leg bent out to the side like a frog, the large soft ball under the front-inner thigh.",
            technique:
              "Let your weight settle on the ball and roll slowly along the muscle, keeping discomfort at or below about 5 out of 10. Move the ball onto the muscle bulge if you feel a pulse.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sitting with the leg relaxed.",
            technique: "Press both thumbs into the tender spot and hold until it eases, then glide slowly down toward the knee.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "foam-roller",
            position: "Face down with the leg out to the side and the roller under the front-inner thigh.",
            technique: "Roll slowly from mid-thigh to just above the knee and pause on tender spots; ease off if you feel a pulse or tingling.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp: "Do a standing front-thigh stretch, heel toward the buttock, for 30 seconds, then walk for a few minutes.",
        cautions: [],
      },
    ],
  },
  {
    id: "vastus-intermedius",
    name: "Vastus intermedius",
    about:
      "The deepest quadriceps muscle, lying on the thigh bone underneath the rectus femoris. It straightens the knee.",
    sources: [
      { source: "travell-1992", locator: "ch. 14, Quadriceps femoris group" },
      { source: "davies-2013", locator: "chapter on hip, thigh and knee pain: vastus intermedius" },
      { source: "donnelly-2019", locator: "chapter on the quadriceps femoris muscles" },
    ],
    evidence:
      "This muscle lies under another one, so its points can only be reached by pressing through the rectus femoris or from its outer edge; finding them by touch is less reliable than for surface muscles.",
    triggerPoints: [
      {
        id: "vastus-intermedius-1",
        name: "Vastus intermedius",
        location: {
          region: "thigh-front",
          landmark:
            "Deep in the front of the thigh, a little above the middle, under the rectus femoris; easiest to reach by pushing the rectus aside from its outer edge.",
          at: { x: 0.5, y: 0.45 },
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 14 (quadriceps femoris)" },
        referral: [
          { region: "thigh-front", kind: "essential" },
          { region: "knee-front", kind: "spillover" },
        ],
        symptoms: ["restricted-motion", "weakness"],
        activatedBy: [
          "Sudden overload, like stumbling or catching yourself on stairs",
          "Long periods with the knee held still, for example in a brace",
          "Repeated squats or climbing",
        ],
        find:
          "Sit with the leg straight and relaxed. Find the rectus femoris in the middle of the front of the thigh, then push it gently inward with your fingers from its outer edge, a little above mid-thigh, and press down toward the bone to feel for deep tenderness.",
        pressTest:
          "Press deep and steady for about 10 seconds. If this is the source, your familiar ache spreads over the front of the thigh, sometimes toward the knee. Stiffness straightening the knee after sitting fits this point too. Tenderness only at the fingertip is local.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying face down with the large soft ball under the middle of the front thigh, propped on your forearms.",
            technique:
              "Let your weight sink the ball slowly into the thigh, then roll a few centimetres at a time. The depth comes from time, not force: keep it at or below about 5 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "foam-roller",
            position: "Face down with the roller across the front of the thigh, the other leg bent out to the side.",
            technique: "Roll slowly from just below the hip to above the knee, pausing where it is tender.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "knobbed-tool",
            position: "Sitting with the leg straight and relaxed.",
            technique: "Press the knob in slowly beside the rectus femoris, angled toward the bone, and hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Sitting on the edge of a chair, bend the knee fully by sliding the foot back under the chair, then straighten it fully; repeat ten times, and finish with a front-thigh stretch for 30 seconds.",
        cautions: [],
      },
    ],
  },
  {
    id: "vastus-lateralis",
    name: "Vastus lateralis",
    about:
      "The largest quadriceps muscle, covering the outer side of the thigh under the tough band of fascia there. It straightens the knee and steadies it with every step.",
    sources: [
      { source: "travell-1992", locator: "ch. 14, Quadriceps femoris group" },
      { source: "davies-2013", locator: "chapter on hip, thigh and knee pain: vastus lateralis" },
      { source: "donnelly-2019", locator: "chapter on the quadriceps femoris muscles" },
    ],
    evidence:
      "Outer thigh pain also comes from the iliotibial band, hip bursitis and a pinched nerve to the outer thigh skin; burning or numb skin on the outer thigh suggests the nerve rather than the muscle.",
    triggerPoints: [
      {
        id: "vastus-lateralis-1",
        name: "Vastus lateralis, point 1",
        location: {
          region: "thigh-outer",
          landmark: "Low on the front-outer thigh, a few finger widths above and outside the top outer corner of the kneecap.",
          at: { x: 0.5, y: 0.88 },
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 14 (quadriceps femoris)" },
        referral: [
          { region: "knee-front", kind: "essential" },
          { region: "knee-outer", kind: "essential" },
          { region: "thigh-outer", kind: "spillover" },
        ],
        symptoms: ["restricted-motion"],
        activatedBy: ["Kneeling and squatting", "Stumbling or landing hard from a jump", "Standing with the knees locked straight"],
        find:
          "Sit with the leg straight. Find the top outer corner of the kneecap and move two to three finger widths up and outward. Tighten the thigh to feel the muscle, relax, then search for a tender knot.",
        pressTest:
          "Press for about 10 seconds. Pain spreading around the outer edge of the kneecap and outer knee, like your usual pain, points to this spot. A kneecap that feels stuck and will not glide also fits. Tenderness only under the finger is local.",
        treatments: [
          {
            method: "large-ball",
            position: "Sitting with the leg straight out and relaxed.",
            technique: "Press the large soft ball onto the spot with both hands and roll it in slow small circles, keeping discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sitting with the leg straight and relaxed.",
            technique: "Press a supported thumb into the knot and hold until it softens, staying off the kneecap itself.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Sitting with the leg straight and relaxed, gently glide the kneecap up, down and side to side with your fingers, then bend and straighten the knee ten times.",
        cautions: [],
      },
      {
        id: "vastus-lateralis-2",
        name: "Vastus lateralis, point 2",
        location: {
          region: "thigh-outer",
          landmark:
            "On the outer thigh, in the lower third, about a hand's width above the knee joint, just in front of the tough band that runs down the side of the thigh.",
          at: { x: 0.5, y: 0.7 },
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 14 (quadriceps femoris)" },
        referral: [
          { region: "thigh-outer", kind: "essential" },
          { region: "knee-outer", kind: "essential" },
          { region: "leg-outer", kind: "spillover" },
        ],
        symptoms: ["sleep-disturbance"],
        activatedBy: ["Running, skiing and other repeated knee bending under load", "Sudden overload, like stepping into a hole", "A blow to the outer thigh"],
        find:
          "Lie on your back or sit with the leg straight. Place your fingers on the outer thigh about a hand's width above the knee, just in front of the firm band at the side. Press in and feel for a tender, ropy band.",
        pressTest:
          "Press firmly for about 10 seconds. If your familiar pain runs down the outer thigh to the outer knee, perhaps to the upper outer shin, this point fits. Local soreness alone does not.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your side with the large soft ball under the outer thigh, upper body on the forearm, top leg crossed in front with the foot on the floor.",
            technique: "Use the top foot to control how much weight goes onto the ball and roll slowly up and down a few centimetres. Stay at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "foam-roller",
            position: "Side-lying on the roller, with the top foot on the floor in front to take part of your weight.",
            technique:
              "Roll slowly from mid-thigh down to no lower than a hand's width above the knee and pause on tender spots. Never roll over the outer knee or the bony knob below it, where a nerve lies close under the skin.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "hooked-cane",
            position: "Sitting on a chair with the leg relaxed.",
            technique:
              "Place the knob end on the spot, a hand's width or more above the knee, and press in slowly by pulling the handle, holding until the tenderness eases. Tingling down the outer leg means move away.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp: "Do a side-lying front-thigh stretch, heel toward the buttock, for 30 seconds, then walk for a few minutes.",
        cautions: [],
      },
      {
        id: "vastus-lateralis-3",
        name: "Vastus lateralis, point 3",
        location: {
          region: "thigh-outer",
          landmark: "On the back-outer edge of the thigh, in the lower third, just behind the tough band at the side and in front of the outer hamstring.",
          at: { x: 0.5, y: 0.75 },
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 14 (quadriceps femoris)" },
        referral: [
          { region: "knee-outer", kind: "essential" },
          { region: "knee-back", kind: "essential" },
          { region: "thigh-outer", kind: "spillover" },
          { region: "thigh-back", kind: "spillover" },
        ],
        symptoms: ["restricted-motion"],
        activatedBy: ["Long periods with the knee held straight", "Repeated squatting and climbing", "Sudden overload or a fall"],
        find:
          "Lie on the other side with the knee slightly bent. Feel the firm band down the side of the thigh, then move your fingers just behind it, a hand's width above the knee, and press in toward the bone.",
        pressTest:
          "Press for about 10 seconds. If it brings on your familiar pain at the outer side and back of the knee, this is a likely source. Pain only where you press is local.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your side with the large soft ball under the back-outer thigh, rolled slightly back toward the buttock.",
            technique:
              "Let the thigh sink onto the ball and roll slowly a few centimetres. Keep discomfort at or below about 5 out of 10, keep the ball on the outer side of the thigh and stay a hand's width above the knee crease.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sitting with the leg relaxed and the knee slightly bent.",
            technique: "Hook your fingertips behind the band at the side of the thigh and press toward the bone, holding until the tenderness eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp: "Lie on your side and pull the top heel toward the buttock for 30 seconds, then bend and straighten the knee slowly ten times.",
        cautions: ["fibular-head"],
      },
      {
        id: "vastus-lateralis-4",
        name: "Vastus lateralis, point 4",
        location: {
          region: "thigh-outer",
          landmark: "In the middle of the outer thigh, halfway between the bony bump at the side of the hip and the knee, under the tough band at the side.",
          at: { x: 0.5, y: 0.5 },
          depth: "deep",
        },
        prevalence: "common",
        prevalenceSource: { source: "travell-1992", locator: "ch. 14 (quadriceps femoris)" },
        referral: [
          { region: "thigh-outer", kind: "essential" },
          { region: "knee-outer", kind: "essential" },
          { region: "hip-side", kind: "spillover" },
          { region: "iliac-crest", kind: "spillover" },
        ],
        symptoms: ["sleep-disturbance"],
        activatedBy: [
          "Running and long walks, especially on slopes",
          "Sitting with the legs crossed or curled up",
          "A blow or injections into the outer thigh",
        ],
        find:
          "Lie on your back or sit. Place your hand flat on the middle of the outer thigh and press in through the firm band, moving slowly up and down to find a tender, thicker area.",
        pressTest:
          "Press firmly for about 10 seconds. Pain spreading along the whole outer thigh, sometimes up toward the hip and down to the outer knee, that matches your usual pain fits this point. Pain at night when lying on this side also fits. Local soreness alone does not.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your side with the large soft ball under the middle of the outer thigh, top foot on the floor in front for support.",
            technique: "Lower your weight gradually onto the ball and roll slowly along the thigh. Keep it at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "foam-roller",
            position: "Side-lying on the roller with the top foot on the floor in front.",
            technique: "Roll slowly from below the hip bump to above the knee, pausing on tender spots.",
            dose: { kind: "strokes", count: 12 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "hooked-cane",
            position: "Sitting on a chair with the leg relaxed.",
            technique: "Press the knob end into the tender spot by pulling on the handle and hold until it eases.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Do a standing front-thigh stretch, heel to buttock, for 30 seconds; sleep with a pillow between the knees if lying on your side hurts.",
        cautions: [],
      },
      {
        id: "vastus-lateralis-5",
        name: "Vastus lateralis, point 5",
        location: {
          region: "thigh-outer",
          landmark: "High on the outer thigh, a few finger widths below the bony bump at the side of the hip.",
          at: { x: 0.5, y: 0.12 },
          depth: "deep",
        },
        prevalence: "rare",
        prevalenceSource: { source: "travell-1992", locator: "ch. 14 (quadriceps femoris)" },
        referral: [
          { region: "thigh-outer", kind: "essential" },
          { region: "hip-side", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["Lying on one side on a firm surface for long periods", "Running and climbing", "A fall onto the side of the hip"],
        find:
          "Stand or lie on the other side and find the bony bump at the side of the hip. Move your fingers three finger widths down onto the outer thigh and press in to find a tender spot.",
        pressTest:
          "Press for about 10 seconds. Pain staying around the upper outer thigh that feels like your usual ache fits this point. If pressing brings pain only under your finger and your pain is elsewhere, it is not the source.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying on your side with the large soft ball just below the hip bump, top foot on the floor in front for support.",
            technique: "Let your weight settle onto the ball and make slow short strokes. Keep off the bony bump itself, and keep discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "small-ball",
            position: "Standing side-on to a wall with the small ball between the wall and the upper outer thigh.",
            technique: "Lean into the wall to control the pressure and hold on the tender spot until it eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp: "Walk for a few minutes, then do a side-lying front-thigh stretch for 30 seconds.",
        cautions: [],
      },
    ],
  },
  // ---------------------------------------------------------------- adductors
  {
    id: "adductor-longus",
    name: "Adductor longus",
    about:
      "A flat muscle at the upper inner thigh, running from the pubic bone to the middle of the thigh bone. It pulls the leg inward and helps bend the hip.",
    sources: [
      { source: "travell-1992", locator: "ch. 15, Adductor muscles of the hip" },
      { source: "davies-2013", locator: "chapter on hip, thigh and knee pain: adductors" },
      { source: "donnelly-2019", locator: "chapter on the adductor muscles of the hip" },
    ],
    evidence:
      "The adductor longus and brevis share one classic pattern, so the two cannot be told apart by where it hurts. Groin pain also comes from the hip joint, a hernia or a strained tendon, which need ruling out when pain is sharp, follows an injury or comes with a lump.",
    triggerPoints: [
      {
        id: "adductor-longus-1",
        name: "Adductor longus, upper point",
        location: {
          region: "thigh-inner",
          landmark: "High on the inner thigh, three to four finger widths below the pubic bone, in the firm cord that stands out when you squeeze your knees together.",
          at: { x: 0.5, y: 0.15 },
          depth: "superficial",
        },
        prevalence: "common",
        prevalenceSource: { source: "travell-1992", locator: "ch. 15 (adductor muscles of the hip)" },
        referral: [
          { region: "groin", kind: "essential" },
          { region: "thigh-inner", kind: "essential" },
          { region: "knee-inner", kind: "essential" },
          { region: "shin", kind: "spillover" },
        ],
        symptoms: ["restricted-motion", "stiffness"],
        activatedBy: [
          "Slipping with the legs sliding apart, for example on ice",
          "Horse riding, skiing and football",
          "Sitting for long periods with the hips bent or legs crossed",
        ],
        find:
          "Sit with the knee bent and let it fall outward. Feel the tight cord that runs from the pubic bone down the inner thigh; squeezing the knees together makes it stand out. Work along it a few finger widths below the bone.",
        pressTest:
          "Grip or press the cord for about 10 seconds. If the pain spreads deep into the groin or down the inner thigh to the inner knee, like your usual pain, this point fits. Soreness only at the fingertips is local.",
        treatments: [
          {
            method: "pincer",
            position: "Sitting or lying on your back with the knee bent and dropped out to the side onto a pillow.",
            technique:
              "Grip the cord from the inner side between thumb and fingers and hold until the tenderness eases. Stay on the cord, out of the groin crease and away from any pulse, and keep it at or below about 4 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Lying on your back with the knee bent and dropped out to the side onto a pillow.",
            technique:
              "Press the cord with flat fingers, on its inner side, and hold until the tenderness eases. If you feel a pulse, you are too far toward the front: move inward.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: false,
          },
        ],
        followUp:
          "Sit with the soles of the feet together and let the knees fall outward, pressing them gently down with the elbows for 30 seconds; then stand with feet wide and shift your weight side to side ten times.",
        cautions: ["femoral-triangle"],
      },
      {
        id: "adductor-longus-2",
        name: "Adductor longus, lower point",
        location: {
          region: "thigh-inner",
          landmark: "On the inner thigh about a third of the way down from the groin, lower along the same cord, where it passes under the long strap muscle that crosses the thigh.",
          at: { x: 0.5, y: 0.32 },
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 15 (adductor muscles of the hip)" },
        referral: [
          { region: "groin", kind: "essential" },
          { region: "thigh-inner", kind: "essential" },
          { region: "knee-inner", kind: "essential" },
          { region: "shin", kind: "spillover" },
        ],
        symptoms: ["restricted-motion"],
        activatedBy: ["Sudden sideways movements in sport", "Long car drives with the hips bent", "Arthritis of the hip"],
        find:
          "Sit with the knee bent and let it fall outward. Follow the inner-thigh cord down from the pubic bone to about a third of the way to the knee, and search across it for a tender knot.",
        pressTest:
          "Press for about 10 seconds. Pain into the groin or down to the inner knee and sometimes the shin, like your usual pain, fits this point. Local soreness alone does not.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting with the knee bent and dropped out to the side onto a pillow.",
            technique:
              "Press the knot with flat, supported fingers on the inner side of the cord and hold until it eases. The artery of the thigh passes just in front of this spot, under the strap muscle: if you feel a pulse, move inward off it. Keep it at or below about 4 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp: "Do the seated soles-together stretch for 30 seconds, then a gentle side lunge to each side five times.",
        cautions: ["femoral-triangle"],
      },
    ],
  },
  {
    id: "adductor-brevis",
    name: "Adductor brevis",
    about:
      "A short adductor lying deep to the adductor longus at the top of the inner thigh. It pulls the thigh inward and helps steady the pelvis.",
    sources: [
      { source: "travell-1992", locator: "ch. 15, Adductor muscles of the hip" },
      { source: "davies-2013", locator: "chapter on hip, thigh and knee pain: adductors" },
      { source: "donnelly-2019", locator: "chapter on the adductor muscles of the hip" },
    ],
    evidence:
      "It lies under the adductor longus and cannot be felt on its own; its pattern is the same as the longus. A trapped obturator nerve can give similar inner-thigh pain with numbness.",
    triggerPoints: [
      {
        id: "adductor-brevis-1",
        name: "Adductor brevis",
        location: {
          region: "thigh-inner",
          landmark: "Deep at the top of the inner thigh, under and just behind the adductor longus cord, a few finger widths below the pubic bone.",
          at: { x: 0.5, y: 0.18 },
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 15 (adductor muscles of the hip)" },
        referral: [
          { region: "groin", kind: "essential" },
          { region: "thigh-inner", kind: "essential" },
          { region: "knee-inner", kind: "essential" },
          { region: "shin", kind: "spillover" },
        ],
        symptoms: ["restricted-motion"],
        activatedBy: ["Slipping with the legs sliding apart", "Riding and skiing", "Sitting with the legs crossed for long periods"],
        find:
          "Lie on your back with the knee bent and let it fall outward on a pillow. Find the adductor longus cord near the pubic bone, then slide your fingers just behind it and press slowly deeper.",
        pressTest:
          "Press slowly and hold about 10 seconds. Pain spreading into the groin and down the inner thigh toward the knee, matching your usual pain, fits. Local soreness alone does not.",
        treatments: [
          {
            method: "fingers",
            position: "Lying on your back with the knee bent and dropped out to the side onto a pillow, so the inner thigh is relaxed.",
            technique:
              "Use flat, stacked fingers behind the adductor longus cord and sink in slowly; hold until the tenderness eases. Stay away from the groin crease and any pulse, and keep it at or below about 4 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp: "Sit with the soles of the feet together and let the knees fall outward for 30 seconds, then slowly open and close the knees ten times.",
        cautions: ["femoral-triangle"],
      },
    ],
  },
  {
    id: "adductor-magnus",
    name: "Adductor magnus",
    about:
      "The largest adductor, a thick muscle filling the inner and back-inner thigh from the sit bone and pubic bone to the inner knee. It pulls the leg inward and helps straighten the hip.",
    sources: [
      { source: "travell-1992", locator: "ch. 15, Adductor muscles of the hip" },
      { source: "davies-2013", locator: "chapter on hip, thigh and knee pain: adductor magnus" },
      { source: "donnelly-2019", locator: "chapter on the adductor muscles of the hip" },
    ],
    evidence:
      "Pain felt deep inside the pelvis has many causes (bladder, bowel, gynaecological and prostate problems, among others); a muscle cause should only be assumed after those have been considered by a clinician.",
    triggerPoints: [
      {
        id: "adductor-magnus-1",
        name: "Adductor magnus, point 1",
        location: {
          region: "thigh-inner",
          landmark: "On the inner thigh about halfway between groin and knee, toward the back of the inner surface.",
          at: { x: 0.5, y: 0.5 },
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 15 (adductor muscles of the hip)" },
        referral: [
          { region: "groin", kind: "essential" },
          { region: "thigh-inner", kind: "essential" },
        ],
        symptoms: ["restricted-motion"],
        activatedBy: ["Skiing and horse riding", "Climbing or running uphill", "Slipping with the legs sliding apart"],
        find:
          "Lie on your back with the knee bent and let it fall outward. Feel the middle of the inner thigh toward the back; press the leg down against the bed to feel the muscle firm, then relax and search for a deep tender spot.",
        pressTest:
          "Press deep for about 10 seconds. Pain spreading up the inner thigh into the groin that matches your usual pain points to this spot. Local soreness alone does not.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying face down with the leg bent out to the side like a frog and the large soft ball under the middle of the inner thigh.",
            technique:
              "Let the thigh sink onto the ball and roll slowly a few centimetres each way, keeping it toward the back of the inner thigh. Move it if you feel a pulse, and keep discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sitting with the knee bent and dropped out to the side.",
            technique: "Press in with stacked fingers toward the thigh bone and hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "foam-roller",
            position: "Face down with one leg out to the side, knee bent, and the roller under the inner thigh.",
            technique: "Roll slowly over the middle of the inner thigh, pausing on tender spots.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp: "Sit with the legs apart and straight, and lean forward from the hips with a long back until you feel the inner thighs stretch; hold 30 seconds, twice.",
        cautions: ["varicose-veins"],
      },
      {
        id: "adductor-magnus-2",
        name: "Adductor magnus, point 2",
        location: {
          region: "thigh-back",
          landmark: "At the very top of the back-inner thigh, just below and to the inner side of the sit bone.",
          at: { x: 0.5, y: 0.08 },
          depth: "deep",
        },
        prevalence: "rare",
        prevalenceSource: { source: "travell-1992", locator: "ch. 15 (adductor muscles of the hip)" },
        referral: [
          { region: "pelvic-floor", kind: "essential" },
          { region: "pubic", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["Long sitting on hard seats", "Horse riding", "Sudden overload when slipping or lifting with the legs apart"],
        find:
          "Lie on your side with the lower leg straight and the top leg bent forward, or sit on the edge of a firm chair. Find the sit bone, then feel just below it toward the inner side of the thigh for a deep tender spot.",
        pressTest:
          "Press for about 10 seconds. If this spot is the source, it brings on a deep ache inside the pelvis, toward the pubic bone, the rectum or the vagina, like your familiar pain. Local soreness alone does not count.",
        treatments: [
          {
            method: "large-ball",
            position:
              "Sitting on a firm chair with the large soft ball under the top of the back-inner thigh, just below the sit bone and toward the inner side, on the thigh rather than between the legs.",
            technique:
              "Lean slowly onto the ball and hold, shifting a little to find the spot. Move the ball if you feel burning or tingling down the leg, and keep it at or below about 4 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 4,
            gentle: true,
          },
          {
            method: "small-ball",
            position: "Sitting on a firm chair with the small ball under the same spot.",
            technique: "Lean onto the ball gradually and hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: false,
          },
        ],
        followUp:
          "Lie on your back, bring the knee toward the opposite shoulder, then let it open outward while keeping the pelvis flat, holding 30 seconds; follow with the seated wide-leg forward lean.",
        cautions: ["sciatic-nerve", "pelvic-floor"],
      },
    ],
  },
  {
    id: "gracilis",
    name: "Gracilis",
    about:
      "A long, thin strap muscle running down the inner thigh from the pubic bone to just below the inner knee. It pulls the leg inward and helps bend the knee.",
    sources: [
      { source: "travell-1992", locator: "ch. 15, Adductor muscles of the hip" },
      { source: "davies-2013", locator: "chapter on hip, thigh and knee pain: gracilis" },
      { source: "donnelly-2019", locator: "chapter on the gracilis muscle" },
    ],
    evidence:
      "The pain is classically described as hot and stinging near the surface rather than a deep ache. Irritation of the skin nerves of the inner thigh and knee can feel similar.",
    triggerPoints: [
      {
        id: "gracilis-1",
        name: "Gracilis, upper point",
        location: {
          region: "thigh-inner",
          landmark: "On the inner surface of the thigh about a third of the way down from the groin, in the thin strap that runs along the very inner edge.",
          at: { x: 0.5, y: 0.35 },
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 15 (adductor muscles of the hip)" },
        referral: [
          { region: "thigh-inner", kind: "essential" },
          { region: "groin", kind: "spillover" },
          { region: "knee-inner", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["Horse riding", "Kicking and sudden sideways movements", "Sitting with the legs pressed together for long periods"],
        find:
          "Sit with the legs straight and apart. Feel the very inner edge of the thigh a third of the way down from the groin; pressing the heel down and inward makes the thin strap tense. Pinch or press along it for a tender spot.",
        pressTest:
          "Pinch or press for about 10 seconds. A hot, stinging pain running up and down the inner thigh, like your usual pain, fits this point. Soreness only where you press is local.",
        treatments: [
          {
            method: "pincer",
            position: "Sitting with the legs apart and the knee slightly bent.",
            technique:
              "Grip the thin strap at the very inner edge of the thigh between thumb and fingers and hold until the tenderness eases. Keep below the groin crease, avoid any bulging veins and keep it at or below about 5 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sitting with the legs apart.",
            technique: "Stroke slowly along the strap with the thumb, from the tender spot down toward the knee, avoiding any bulging veins.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp: "Sit with the legs straight and wide apart and lean forward from the hips for 30 seconds, then do a gentle side lunge to each side five times.",
        cautions: ["femoral-triangle", "varicose-veins"],
      },
      {
        id: "gracilis-2",
        name: "Gracilis, middle point",
        location: {
          region: "thigh-inner",
          landmark: "On the inner edge of the thigh about halfway between groin and knee.",
          at: { x: 0.5, y: 0.55 },
          depth: "superficial",
        },
        prevalence: "rare",
        prevalenceSource: { source: "travell-1992", locator: "ch. 15 (adductor muscles of the hip)" },
        referral: [
          { region: "thigh-inner", kind: "essential" },
          { region: "knee-inner", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["Horse riding", "Long walks or runs on uneven ground", "Sudden sideways movements in sport"],
        find:
          "Sit with the legs apart and straight. Press the heel down and inward to tense the thin strap along the inner edge of the mid-thigh, then relax and feel along it for a tender spot.",
        pressTest:
          "Press for about 10 seconds. A hot, stinging pain spreading along the inner thigh, sometimes toward the inner knee, that matches your pain fits this point. Local soreness alone does not.",
        treatments: [
          {
            method: "large-ball",
            position: "Lying face down with the leg bent out to the side and the large soft ball under the middle of the inner thigh.",
            technique: "Roll slowly along the inner edge a few centimetres each way, keeping discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sitting with the legs apart.",
            technique: "Grip the strap between thumb and fingers or stroke it slowly with the thumb, avoiding any bulging veins.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "foam-roller",
            position: "Face down with one leg out to the side, knee bent, and the roller under the inner thigh.",
            technique: "Roll slowly along the middle of the inner thigh and pause on tender spots.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp: "Do the seated wide-leg forward lean for 30 seconds, twice.",
        cautions: ["varicose-veins"],
      },
    ],
  },
  // ---------------------------------------------------------------- hamstrings
  {
    id: "biceps-femoris",
    name: "Biceps femoris",
    about:
      "The outer hamstring, running from the sit bone and the back of the thigh bone to the outer side of the knee. It bends the knee and straightens the hip.",
    sources: [
      { source: "travell-1992", locator: "ch. 16, Hamstring muscles" },
      { source: "davies-2013", locator: "chapter on hip, thigh and knee pain: hamstrings" },
      { source: "donnelly-2019", locator: "chapter on the hamstring muscles" },
    ],
    evidence:
      "Pain in the back of the thigh is often called sciatica. Numbness, tingling or weakness in the leg or foot suggests a nerve problem that needs a clinician rather than massage.",
    triggerPoints: [
      {
        id: "biceps-femoris-1",
        name: "Biceps femoris, long head",
        location: {
          region: "thigh-back",
          landmark: "On the outer half of the back of the thigh, a little below the middle.",
          at: { x: 0.5, y: 0.6 },
          depth: "superficial",
        },
        prevalence: "common",
        prevalenceSource: { source: "travell-1992", locator: "ch. 16 (hamstring muscles)" },
        referral: [
          { region: "knee-back", kind: "essential" },
          { region: "thigh-back", kind: "spillover" },
          { region: "calf", kind: "spillover" },
        ],
        symptoms: ["sleep-disturbance", "restricted-motion"],
        activatedBy: [
          "Chairs whose front edge presses into the back of the thighs",
          "Long periods of sitting",
          "Sprinting, kicking and sudden overload",
        ],
        find:
          "Sit on a firm chair, or lie face down. Feel the outer half of the back of the thigh below the middle; bending the knee against resistance makes the muscle tense. Relax it and search for a tender, ropy band.",
        pressTest:
          "Press for about 10 seconds. If your familiar pain comes on behind the knee, perhaps spreading up the back of the thigh, this point fits. Pain only under your finger is local.",
        treatments: [
          {
            method: "large-ball",
            position: "Sitting on a firm chair with the large soft ball under the outer back of the thigh.",
            technique:
              "Let the thigh rest on the ball and move your leg slowly so the ball rolls a few centimetres. Stay a hand's width above the knee crease and keep discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "small-ball",
            position: "Sitting on a firm chair with the small ball under the tender spot.",
            technique: "Lean slowly onto the ball and hold until the tenderness eases; move the ball if you feel burning or tingling down the leg.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "foam-roller",
            position: "Sitting on the floor with the roller under the back of the thigh, hands behind you, other leg crossed over to add weight if needed.",
            technique: "Roll slowly from below the buttock to a hand's width above the knee crease.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Lie on your back with a strap around the foot and raise the straight leg until you feel the back of the thigh stretch; hold 30 seconds, twice.",
        cautions: ["sciatic-nerve"],
      },
      {
        id: "biceps-femoris-2",
        name: "Biceps femoris, short head",
        location: {
          region: "thigh-back",
          landmark:
            "Low on the outer back of the thigh, a hand's width above the knee crease, just in front of the outer hamstring tendon, on its outer side.",
          at: { x: 0.5, y: 0.82 },
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 16 (hamstring muscles)" },
        referral: [
          { region: "knee-back", kind: "essential" },
          { region: "thigh-back", kind: "spillover" },
          { region: "calf", kind: "spillover" },
        ],
        symptoms: ["restricted-motion"],
        activatedBy: ["Sitting with the legs dangling from a high seat", "Cycling with a saddle set too high", "Sudden overload in running"],
        find:
          "Sit with the knee bent. Feel the firm outer hamstring tendon above the outer back of the knee and follow it a hand's width up. Press from the outer side of the tendon, in toward the bone, never from its inner side, where the nerve to the outer leg runs.",
        pressTest:
          "Press for about 10 seconds. Your familiar pain behind the knee coming on means this point fits. Tingling down the outer leg means you are on a nerve: move away.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting with the knee bent and the foot resting on the floor.",
            technique:
              "Hook your fingertips in from the outer side of the tendon and press toward the bone, holding until the tenderness eases. Keep it at or below about 4 out of 10, and move away at once if tingling runs down the outer leg.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp: "Sit with the leg straight on a stool and lean forward from the hips until the back of the thigh stretches; hold 30 seconds, twice.",
        cautions: ["back-of-knee", "fibular-head", "sciatic-nerve"],
      },
    ],
  },
  {
    id: "semitendinosus",
    name: "Semitendinosus",
    about:
      "One of the two inner hamstrings, running from the sit bone to below the inner knee. It bends the knee, straightens the hip and turns the shin inward.",
    sources: [
      { source: "travell-1992", locator: "ch. 16, Hamstring muscles" },
      { source: "davies-2013", locator: "chapter on hip, thigh and knee pain: hamstrings" },
      { source: "donnelly-2019", locator: "chapter on the hamstring muscles" },
    ],
    evidence:
      "The two inner hamstrings share one classic pattern, so where it hurts cannot tell them apart. Pain at the sit bone on sitting can also come from a tendon problem at the hamstring's attachment.",
    triggerPoints: [
      {
        id: "semitendinosus-1",
        name: "Semitendinosus",
        location: {
          region: "thigh-back",
          landmark: "On the inner half of the back of the thigh, around the middle.",
          at: { x: 0.5, y: 0.5 },
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 16 (hamstring muscles)" },
        referral: [
          { region: "buttock-lower", kind: "essential" },
          { region: "thigh-back", kind: "essential" },
          { region: "knee-back", kind: "spillover" },
          { region: "calf", kind: "spillover" },
        ],
        symptoms: ["sleep-disturbance", "restricted-motion"],
        activatedBy: [
          "Chairs whose front edge presses into the back of the thighs",
          "Long periods of sitting",
          "Sprinting, kicking and sudden overload",
        ],
        find:
          "Sit on a firm chair or lie face down. Feel the inner half of the back of the thigh around the middle; bending the knee against resistance makes the muscle firm. Relax and search for a tender band.",
        pressTest:
          "Press for about 10 seconds. If your familiar ache comes on at the lower buttock and the crease under it, or down the back of the thigh, this point fits. Local soreness alone does not.",
        treatments: [
          {
            method: "large-ball",
            position: "Sitting on a firm chair with the large soft ball under the inner back of the thigh.",
            technique: "Let the thigh rest on the ball and roll slowly a few centimetres each way, keeping discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "small-ball",
            position: "Sitting on a firm chair with the small ball under the tender spot.",
            technique: "Lean onto the ball gradually and hold until the tenderness eases. Move the ball if you feel burning or tingling down the leg.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "foam-roller",
            position: "Sitting on the floor with the roller under the back of the thigh, leg turned slightly out so the inner side rests on it.",
            technique: "Roll slowly from below the buttock to a hand's width above the knee crease.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Lie on your back with a strap around the foot, turn the leg slightly outward and raise it straight until the inner back of the thigh stretches; hold 30 seconds, twice.",
        cautions: ["sciatic-nerve"],
      },
    ],
  },
  {
    id: "semimembranosus",
    name: "Semimembranosus",
    about:
      "The deeper of the two inner hamstrings, running from the sit bone to the back of the inner knee. It bends the knee and straightens the hip.",
    sources: [
      { source: "travell-1992", locator: "ch. 16, Hamstring muscles" },
      { source: "davies-2013", locator: "chapter on hip, thigh and knee pain: hamstrings" },
      { source: "donnelly-2019", locator: "chapter on the hamstring muscles" },
    ],
    evidence:
      "Its pattern is shared with the semitendinosus. A swelling at the back of the inner knee may be a fluid-filled cyst, and a swollen, warm calf needs urgent checking for a clot.",
    triggerPoints: [
      {
        id: "semimembranosus-1",
        name: "Semimembranosus",
        location: {
          region: "thigh-back",
          landmark: "On the inner half of the back of the thigh, in the lower third, beside and under the semitendinosus.",
          at: { x: 0.5, y: 0.72 },
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 16 (hamstring muscles)" },
        referral: [
          { region: "buttock-lower", kind: "essential" },
          { region: "thigh-back", kind: "essential" },
          { region: "knee-back", kind: "spillover" },
          { region: "calf", kind: "spillover" },
        ],
        symptoms: ["sleep-disturbance", "restricted-motion"],
        activatedBy: [
          "Chairs whose front edge presses into the back of the thighs",
          "Sitting with the legs dangling",
          "Sprinting, kicking and sudden overload",
        ],
        find:
          "Sit on a firm chair. Feel the lower third of the back-inner thigh, on either side of the thin inner hamstring tendon; bending the knee against resistance makes the muscle firm. Relax and press in for a deep tender spot.",
        pressTest:
          "Press for about 10 seconds. If your familiar ache comes on up at the lower buttock, or along the back of the thigh, this point fits. Local soreness alone does not.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting with the knee bent and the foot on the floor.",
            technique:
              "Press with stacked fingers into the tender spot from the inner side of the thigh and hold until it eases, at or below about 4 out of 10. Avoid any bulging veins, and move off if you feel a pulse: the main artery of the leg passes deep here on its way into the back of the knee.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp: "Do a straight-leg raise stretch with a strap for 30 seconds, twice, then walk a few minutes.",
        cautions: ["sciatic-nerve", "back-of-knee", "varicose-veins"],
      },
    ],
  },
  // ---------------------------------------------------------------- popliteus
  {
    id: "popliteus",
    name: "Popliteus",
    about:
      "A small, flat muscle deep at the back of the knee, running from the outer side of the thigh bone to the upper back of the shin. It unlocks the straight knee so it can bend and guards it against twisting.",
    sources: [
      { source: "travell-1992", locator: "ch. 17, Popliteus" },
      { source: "davies-2013", locator: "section on the popliteus" },
      { source: "donnelly-2019", locator: "chapter on the popliteus muscle" },
    ],
    evidence:
      "Pain behind the knee may also come from a Baker's cyst, a meniscus tear or a blood clot; a swollen, warm or red calf needs urgent care, not massage.",
    triggerPoints: [
      {
        id: "popliteus-1",
        name: "Popliteus",
        location: {
          region: "knee-back",
          landmark:
            "Deep at the lower part of the back of the knee, just below the crease; reached from the inner side of the upper shin, just behind the edge of the shin bone.",
          at: { x: 0.5, y: 0.8 },
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 17 (popliteus)" },
        referral: [
          { region: "knee-back", kind: "essential" },
          { region: "calf", kind: "spillover" },
        ],
        symptoms: ["restricted-motion"],
        activatedBy: [
          "Running or skiing downhill",
          "Twisting on a bent knee, for example turning in football",
          "Running on sloped roads or tracks",
        ],
        find:
          "Sit with the knee bent at a right angle and the calf relaxed. Find the inner edge of the shin bone just below the knee and slide your fingers around behind it, pushing the calf muscle aside, and press toward the back of the shin bone.",
        pressTest:
          "Press for about 10 seconds. If your familiar pain comes on behind the knee, this point fits. Pain only under your fingers is local; a pulse or tingling means you are in the wrong place.",
        treatments: [
          {
            method: "fingers",
            position: "Sitting with the knee bent at a right angle and the foot flat on the floor, or with the foot up on a chair.",
            technique:
              "Work only from the inner side of the upper shin, just behind the bone: press with the fingertips of both hands and hold until the tenderness eases. Never press into the hollow at the centre of the back of the knee, and keep it at or below about 4 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp:
          "Sitting with the heel on a stool, let the knee straighten slowly while turning the foot gently outward; then bend and straighten the knee ten times.",
        cautions: ["back-of-knee", "varicose-veins"],
      },
    ],
  },
];
