import type { MuscleRecord } from "../types.ts";

/**
 * Lower leg, ankle and foot. Referral patterns follow Travell & Simons vol. 2 (1992),
 * chapters 19–27; every sentence here is our own plain-language wording.
 */
export const legFootMuscles: MuscleRecord[] = [
  // ───────────────────────────── Front of the leg ─────────────────────────────
  {
    id: "tibialis-anterior",
    name: "Tibialis anterior",
    about:
      "The thick muscle just outside the sharp front edge of the shin bone. It lifts the front of the foot and turns the sole slightly inwards, so the toes clear the ground when you walk.",
    sources: [
      { source: "travell-1992", locator: "ch. 19, Tibialis anterior" },
      { source: "davies-2013", locator: "chapter on lower leg, ankle and foot pain: tibialis anterior" },
    ],
    evidence:
      "Pain on the front of the ankle and big toe from this muscle can look like a joint problem at the base of the big toe; pain along the inner shin edge that worsens with running can also be shin splints or a stress fracture, which need a clinician.",
    triggerPoints: [
      {
        id: "tibialis-anterior-1",
        name: "Tibialis anterior",
        location: {
          region: "shin",
          landmark:
            "In the upper third of the shin, about a hand's width below the knee and one finger-width to the outside of the sharp front edge of the shin bone.",
          at: { x: 0.5, y: 0.3 },
          depth: "superficial",
        },
        prevalence: "common",
        prevalenceSource: { source: "travell-1992", locator: "ch. 19, Tibialis anterior" },
        referral: [
          { region: "ankle-front", kind: "essential" },
          { region: "big-toe", kind: "essential" },
          { region: "shin", kind: "spillover" },
          { region: "foot-top", kind: "spillover" },
        ],
        symptoms: ["weakness"],
        activatedBy: [
          "Walking or running downhill or on sloping ground",
          "Catching the toes and tripping, or a sprained ankle",
          "Sitting with the feet tucked under the chair or pointed for a long time",
          "Tight shoes or straps pressing over the front of the ankle",
        ],
        find: "Sit with your foot flat on the floor. Put your fingers just outside the sharp front edge of your shin, in the upper third. Lift the front of your foot off the floor and you will feel the muscle harden under your fingers. Relax the foot and search this band for a firm, tender spot.",
        pressTest:
          "Press the tender spot firmly for about 10 seconds. If it is the source, you feel your familiar ache at the front of the ankle or in the big toe, sometimes running down the shin. Tenderness only under your finger means it is sore but perhaps not the cause.",
        treatments: [
          {
            method: "large-ball",
            position: "Kneel on all fours on a mat, with a large soft ball under the front of one shin, just outside the shin bone.",
            technique:
              "Let some of your weight sink onto the ball and roll slowly up and down the muscle, never on the bone itself. Pause on tender spots; keep the discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sit with the leg bent and the foot flat on the floor.",
            technique:
              "Press the spot with your thumb or stacked fingers, then hold until the tenderness eases. You can add slow strokes down the muscle towards the ankle.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "foam-roller",
            position: "Face down on all fours with the roller under the front of one shin, turned slightly so the outer side of the shin bone rests on it.",
            technique: "Roll slowly from below the knee to above the ankle, staying on the muscle beside the bone.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Stretch the front of the shin: kneel and sit back gently on your heels with the tops of your feet flat on the floor, or stand and rest the top of your toes on the floor behind you. Hold about 30 seconds, then lift and lower the front of your foot a few times.",
        cautions: [],
      },
    ],
  },
  {
    id: "extensor-digitorum-longus",
    name: "Extensor digitorum longus",
    about:
      "A long muscle on the outer front of the shin, between the tibialis anterior and the fibularis muscles. It lifts the four smaller toes and helps lift the front of the foot.",
    sources: [
      { source: "travell-1992", locator: "ch. 24, Long extensors of the toes" },
      { source: "davies-2013", locator: "chapter on lower leg, ankle and foot pain: extensor digitorum longus" },
    ],
    evidence:
      "Pain on the top of the foot can also come from a stress fracture of a foot bone or from the nerve that runs over the top of the foot; the deep fibular nerve passes through this muscle's upper part, so tingling rather than ache suggests the nerve.",
    triggerPoints: [
      {
        id: "extensor-digitorum-longus-1",
        name: "Extensor digitorum longus",
        location: {
          region: "leg-outer",
          landmark:
            "About a hand's width below the bony knob on the outside of the knee (the head of the fibula), in the groove between the front shin muscle and the muscles on the outer side of the leg.",
          at: { x: 0.5, y: 0.25 },
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 24, Long extensors of the toes" },
        referral: [
          { region: "foot-top", kind: "essential" },
          { region: "toes", kind: "essential" },
          { region: "ankle-front", kind: "spillover" },
          { region: "leg-outer", kind: "spillover" },
        ],
        symptoms: ["cramps", "weakness"],
        activatedBy: [
          "Long walks or runs, especially on hills",
          "Long car drives with the foot held on the pedal",
          "Sitting with the feet pointed, or high heels",
          "Ankle sprains and falls",
        ],
        find: "Sit with the foot flat. Find the bony knob on the outside of the knee, then slide your fingers about a hand's width lower and a little towards the front of the leg. Wiggle your four small toes up and down: the muscle moves under your fingers. Search there for a tender knot.",
        pressTest:
          "Press steadily for about 10 seconds. If it is the source, you feel the familiar ache spread over the top of the foot towards the middle toes. Local tenderness alone is not proof. Tingling on the top of the foot or in the toes means you are pressing a nerve: move off.",
        treatments: [
          {
            method: "large-ball",
            position: "Lie on your side with the upper leg forward, the outer front of the shin resting on a large soft ball on the floor.",
            technique:
              "Let only the weight of the leg rest on the ball and roll slowly along the muscle, from the tender spot down towards the ankle, never up onto the bony knob at the knee. Move off at once if you feel tingling into the foot.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 4,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sit with the leg bent and the foot flat on the floor.",
            technique: "Press into the groove with your thumb and hold until the tenderness fades; move off at once if you feel tingling into the foot.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 4,
            gentle: false,
          },
        ],
        followUp:
          "Stretch the toe lifters: sitting, curl your toes down and point the foot, gently helping the toes down with your hand, and hold about 30 seconds. Then lift and curl your toes slowly ten times.",
        cautions: ["fibular-head"],
      },
    ],
  },
  {
    id: "extensor-hallucis-longus",
    name: "Extensor hallucis longus",
    about:
      "A slim muscle hidden deep between the front shin muscle and the outer shin muscles, whose tendon runs over the top of the foot to the big toe. It lifts the big toe and helps lift the foot.",
    sources: [
      { source: "travell-1992", locator: "ch. 24, Long extensors of the toes" },
      { source: "davies-2013", locator: "chapter on lower leg, ankle and foot pain: extensor hallucis longus" },
    ],
    triggerPoints: [
      {
        id: "extensor-hallucis-longus-1",
        name: "Extensor hallucis longus",
        location: {
          region: "shin",
          landmark:
            "In the lower half of the shin, a little below the midpoint between knee and ankle, just outside the front shin muscle and in front of the thin outer leg bone.",
          at: { x: 0.5, y: 0.65 },
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 24, Long extensors of the toes" },
        referral: [
          { region: "big-toe", kind: "essential" },
          { region: "foot-top", kind: "essential" },
          { region: "ankle-front", kind: "spillover" },
        ],
        symptoms: ["weakness"],
        activatedBy: [
          "Walking or running on hills and uneven ground",
          "Tripping or an ankle sprain",
          "Holding the big toe lifted, for example in tight or loose slip-on shoes",
        ],
        find: "Sit with the foot flat. Place your fingers on the outer side of the shin, just below halfway down. Lift only your big toe up and down: you will feel a small muscle work deep under your fingers. Search there for a tender spot.",
        pressTest:
          "Press deeply for about 10 seconds. If it is the source, you feel the familiar ache on the top of the big toe and the foot behind it. Tenderness only where you press is not enough.",
        treatments: [
          {
            method: "large-ball",
            position: "Kneel on all fours with a large soft ball under the lower half of the shin, just to the outside of the shin bone.",
            technique: "Sink slowly onto the ball and make short slow strokes over the spot. Keep the discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sit with the leg bent and the foot flat on the floor.",
            technique: "Press in with stacked fingers or the thumb and hold until the spot softens.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Sitting, bend the big toe down with your hand while pointing the foot and hold about 30 seconds; then lift and lower the big toe slowly ten times.",
        cautions: [],
      },
    ],
  },
  // ───────────────────────────── Outer leg ─────────────────────────────
  {
    id: "fibularis-longus",
    name: "Fibularis (peroneus) longus",
    about:
      "The upper of the muscles on the outer side of the lower leg. Its tendon passes behind the outer ankle bone and under the foot; it turns the sole outwards, points the foot and steadies the ankle when you stand on one leg.",
    sources: [
      { source: "travell-1992", locator: "ch. 20, Peroneus muscles" },
      { source: "davies-2013", locator: "chapter on lower leg, ankle and foot pain: fibularis (peroneus) longus" },
    ],
    evidence:
      "The common fibular nerve winds around the neck of the fibula, just below the bony knob on the outer knee (not around the knob itself), and runs under the top of this muscle close to the skin, right beside this point. Tingling, numbness or a foot that drops or catches on the ground point to the nerve and need a clinician. Ankle pain after a sprain can also come from the ligaments themselves.",
    triggerPoints: [
      {
        id: "fibularis-longus-1",
        name: "Fibularis longus",
        location: {
          region: "leg-outer",
          landmark:
            "On the outer side of the leg, about two to three finger-widths below the bony knob at the outside of the knee (the fibular head), over the thin outer leg bone.",
          at: { x: 0.5, y: 0.2 },
          depth: "superficial",
        },
        prevalence: "common",
        prevalenceSource: { source: "travell-1992", locator: "ch. 20, Peroneus muscles" },
        referral: [
          { region: "ankle-outer", kind: "essential" },
          { region: "leg-outer", kind: "spillover" },
          { region: "heel", kind: "spillover" },
          { region: "foot-top", kind: "spillover" },
        ],
        symptoms: ["weakness"],
        activatedBy: [
          "Ankle sprains and weak, wobbly ankles",
          "Sitting with one leg crossed over the other knee",
          "High heels, flat feet or a foot that rolls inward",
          "Tight elastic or socks pressing just below the knee",
        ],
        find: "Sit and find the bony knob on the outside of your knee. Move your fingers two to three finger-widths straight down. Turn the sole of your foot outwards and press it against your other foot: the muscle tightens under your fingers. Search for a tender band there, not on the knob and not in the dip just below it.",
        pressTest:
          "Press moderately for about 10 seconds. If it is the source, the familiar ache appears around and just below the outer ankle bone. The nerve runs right here, so tingling or numbness down the outer leg or into the foot means you are on it: move a little lower or to the side.",
        treatments: [
          {
            method: "fingers",
            position: "Sit with the leg bent and the knee turned slightly in.",
            technique:
              "Press with the pad of the thumb on the tender band and hold until the spot softens. Never press on the knob or dig into the bone just below it. Move off at once if you feel tingling or numbness.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 4,
            gentle: true,
          },
          {
            method: "large-ball",
            position: "Lie on your side with the outer lower leg on a large soft ball, so only the weight of the leg rests on it.",
            technique:
              "Start just below the tender spot and make short slow strokes down the outer leg, never up onto the knob. Move off at once if you feel tingling or numbness.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp:
          "Sitting, turn the sole of your foot inwards and hold about 30 seconds, helping gently with your hand. Then practise standing on that leg for 30 seconds to train the ankle.",
        cautions: ["fibular-head"],
      },
    ],
  },
  {
    id: "fibularis-brevis",
    name: "Fibularis (peroneus) brevis",
    about:
      "A shorter muscle on the outer side of the lower leg, beneath the fibularis longus. Its tendon runs behind the outer ankle bone to the outer edge of the foot; it turns the sole outwards and guards the ankle against rolling.",
    sources: [
      { source: "travell-1992", locator: "ch. 20, Peroneus muscles" },
      { source: "davies-2013", locator: "chapter on lower leg, ankle and foot pain: fibularis (peroneus) brevis" },
    ],
    triggerPoints: [
      {
        id: "fibularis-brevis-1",
        name: "Fibularis brevis",
        location: {
          region: "leg-outer",
          landmark:
            "On the outer side of the leg, a little below halfway between knee and ankle, on either side of the firm tendon of the longer fibularis muscle.",
          at: { x: 0.5, y: 0.65 },
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 20, Peroneus muscles" },
        referral: [
          { region: "ankle-outer", kind: "essential" },
          { region: "heel", kind: "spillover" },
          { region: "foot-top", kind: "spillover" },
        ],
        symptoms: ["weakness"],
        activatedBy: [
          "Ankle sprains",
          "Walking on uneven ground or running on a cambered road",
          "Flat feet or worn-out shoes",
          "Long periods with the foot pointed",
        ],
        find: "Sit and place your fingers on the outer side of the leg, a hand's width or so above the outer ankle bone. Turn the sole outwards against resistance: you feel the muscle harden on both sides of a firm tendon. Search for a tender spot there.",
        pressTest:
          "Press for about 10 seconds. If it is the source, the familiar ache spreads around the outer ankle bone, sometimes along the outer edge of the foot. Tenderness only under the finger is not enough.",
        treatments: [
          {
            method: "large-ball",
            position: "Lie on your side with the outer lower leg resting on a large soft ball.",
            technique: "Roll slowly over the lower half of the outer leg and pause on tender spots. Keep the discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sit with the leg crossed so the outer lower leg faces up.",
            technique: "Press with the thumb just in front of or behind the tendon and hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "small-ball",
            position: "Lie on your side with a tennis- or lacrosse-sized ball under the lower outer leg.",
            technique: "Rest on the ball over the tender spot, then make slow short strokes.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Turn the sole inwards and hold about 30 seconds, then do slow ankle circles. Balance on that leg for 30 seconds to rebuild ankle control.",
        cautions: [],
      },
    ],
  },
  {
    id: "fibularis-tertius",
    name: "Fibularis (peroneus) tertius",
    about:
      "A small muscle low on the outer front of the leg, often seen as part of the long toe extensor. It lifts the outer edge of the foot and turns the sole outwards.",
    sources: [
      { source: "travell-1992", locator: "ch. 20, Peroneus muscles" },
      { source: "davies-2013", locator: "chapter on lower leg, ankle and foot pain: fibularis (peroneus) tertius" },
    ],
    evidence: "This muscle is small and missing in some people, so its point can be hard to tell apart from the nearby long toe extensor.",
    triggerPoints: [
      {
        id: "fibularis-tertius-1",
        name: "Fibularis tertius",
        location: {
          region: "leg-outer",
          landmark: "Low on the outer front of the leg, about a hand's width above the outer ankle bone, just in front of the thin outer leg bone.",
          at: { x: 0.5, y: 0.8 },
          depth: "superficial",
        },
        prevalence: "rare",
        prevalenceSource: { source: "travell-1992", locator: "ch. 20, Peroneus muscles" },
        referral: [
          { region: "ankle-front", kind: "essential" },
          { region: "ankle-outer", kind: "essential" },
          { region: "heel", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["Ankle sprains", "Long walks or runs on uneven ground", "Holding the foot pointed for a long time"],
        find: "Sit and place your fingers a hand's width above the outer ankle bone, slightly towards the front. Lift the outer edge of your foot: a small muscle tightens here. Search for a tender spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, you feel the familiar ache at the front and outer side of the ankle, sometimes reaching the outer heel.",
        treatments: [
          {
            method: "large-ball",
            position: "Lie on your side with the lower outer front of the leg on a large soft ball.",
            technique: "Roll slowly over the spot in short strokes. Keep the discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sit with the leg bent and the foot flat.",
            technique: "Press with the thumb and hold until the tenderness fades.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Point the foot and turn the sole inwards, holding about 30 seconds; then do ten slow ankle circles in each direction.",
        cautions: [],
      },
    ],
  },
  // ───────────────────────────── Calf ─────────────────────────────
  {
    id: "gastrocnemius",
    name: "Gastrocnemius",
    about:
      "The large two-headed muscle that makes the bulge of the calf. It joins the Achilles tendon, rises you onto your toes and helps bend the knee.",
    sources: [
      { source: "travell-1992", locator: "ch. 21, Gastrocnemius" },
      { source: "davies-2013", locator: "chapter on lower leg, ankle and foot pain: gastrocnemius" },
    ],
    evidence:
      "A calf that is swollen, warm or red, or pain after a long journey or surgery, must be checked for a blood clot before any massage. Pain behind the knee can also come from a Baker's cyst or the knee joint.",
    triggerPoints: [
      {
        id: "gastrocnemius-1",
        name: "Gastrocnemius, point 1 (inner head)",
        location: {
          region: "calf",
          landmark: "In the inner half of the calf bulge, a little above its widest part, near the inner edge of the muscle.",
          at: { x: 0.5, y: 0.3 },
          depth: "superficial",
        },
        prevalence: "common",
        prevalenceSource: { source: "grieve-2013", locator: "results: latent trigger points at the triceps surae sites, taut bands and tender spots most often in the medial head" },
        referral: [
          { region: "sole", kind: "essential" },
          { region: "calf", kind: "essential" },
          { region: "ankle-inner", kind: "spillover" },
          { region: "knee-back", kind: "spillover" },
          { region: "thigh-back", kind: "spillover" },
        ],
        symptoms: ["cramps"],
        activatedBy: [
          "Walking or running uphill, climbing, or sprinting",
          "Sleeping with the toes pointed",
          "High heels, or a car seat that lets the foot hang",
          "Sitting with the calf pressed against the chair edge",
        ],
        find: "Sit with the leg out straight or lie face down. Grip the inner half of the calf bulge between thumb and fingers. Push the ball of the foot down to feel the muscle harden, then relax and feel for a tight band with a tender knot a little above the widest part.",
        pressTest:
          "Press or squeeze for about 10 seconds. If it is the source, the familiar ache appears in the arch of the foot, and sometimes behind the knee or around the inner ankle. Sore only under the finger is not enough.",
        treatments: [
          {
            method: "large-ball",
            position: "Sit on the floor with the calf on a large soft ball, the other leg crossed over for more pressure if needed.",
            technique:
              "Turn the leg slightly outwards to reach the inner head and roll slowly from a hand's width below the knee crease towards the ankle, never up into the hollow behind the knee. Keep the discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 12 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sit with the knee bent and the calf relaxed.",
            technique: "Squeeze the inner calf between thumb and fingers, or press with the thumb, and hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "small-ball",
            position: "Sit on the floor with a tennis- or lacrosse-sized ball under the inner calf, well below the hollow behind the knee.",
            technique: "Rest on the tender spot and then make slow short strokes across the muscle, keeping the ball on the bulge of the calf.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "foam-roller",
            position: "Sit on the floor with the roller under your calf and your hands behind you.",
            technique:
              "Lift your hips and roll slowly up and down the calf, turning the leg in and out to reach each head. Stop a hand's width below the knee crease so the roller never presses into the hollow behind the knee.",
            dose: { kind: "strokes", count: 12 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Calf stretch with a straight knee: stand facing a wall, the leg behind with the heel down and the knee straight, and lean forward until you feel the calf stretch. Hold about 30 seconds; then rise slowly onto your toes and down ten times.",
        cautions: ["varicose-veins"],
      },
      {
        id: "gastrocnemius-2",
        name: "Gastrocnemius, point 2 (outer head)",
        location: {
          region: "calf",
          landmark: "In the outer half of the calf bulge, near its outer edge, at about the same level as or slightly lower than point 1.",
          at: { x: 0.5, y: 0.35 },
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 21, Gastrocnemius" },
        referral: [{ region: "calf", kind: "essential" }],
        symptoms: ["cramps"],
        activatedBy: [
          "Walking or running uphill, climbing, or sprinting",
          "Sleeping with the toes pointed",
          "High heels",
          "Sitting with the calf pressed against the chair edge",
        ],
        find: "Sit or lie face down. Grip the outer half of the calf bulge between thumb and fingers. Point the foot to feel it harden, then relax and search for a tender knot near the outer edge.",
        pressTest:
          "Press or squeeze for about 10 seconds. If it is the source, the familiar ache spreads through the calf around the point.",
        treatments: [
          {
            method: "large-ball",
            position: "Sit on the floor with the calf on a large soft ball, the leg turned slightly inwards.",
            technique: "Roll slowly along the outer calf below the knee hollow and pause on tender spots. Keep the discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 12 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sit with the knee bent and the calf relaxed.",
            technique: "Squeeze the outer calf between thumb and fingers and hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "foam-roller",
            position: "Sit on the floor with the roller under your calf and your hands behind you.",
            technique:
              "Lift your hips and roll slowly, with the leg turned in to favour the outer head. Stop a hand's width below the knee crease, away from the hollow behind the knee and the bony knob on the outer knee.",
            dose: { kind: "strokes", count: 12 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Calf stretch against a wall with the knee straight, about 30 seconds, then ten slow heel raises.",
        cautions: ["varicose-veins"],
      },
      {
        id: "gastrocnemius-3",
        name: "Gastrocnemius, point 3 (inner head near the knee)",
        location: {
          region: "knee-back",
          landmark: "High up at the inner edge of the hollow behind the knee, where the inner head of the calf muscle starts.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 21, Gastrocnemius" },
        referral: [
          { region: "knee-back", kind: "essential" },
          { region: "calf", kind: "spillover" },
        ],
        symptoms: ["restricted-motion"],
        activatedBy: [
          "Climbing, hill walking or squatting",
          "Sitting with the knee bent for a long time",
          "A car seat edge pressing behind the knee",
        ],
        find: "Sit with the knee bent to relax the calf. Feel the inner edge of the hollow behind the knee, then move just below it onto the muscle at the top of the calf. Search gently with the fingertips for a tender spot on the muscle, not in the soft middle of the hollow.",
        pressTest:
          "Press gently for about 10 seconds. If it is the source, the familiar ache is felt behind the knee. If you feel a pulse or tingling, move away.",
        treatments: [
          {
            method: "fingers",
            position: "Sit with the knee bent and the foot resting on the floor.",
            technique:
              "Use flat fingertips on the muscle at the inner edge of the hollow, never into its centre, and hold with light to moderate pressure until the tenderness eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp:
          "Calf stretch against a wall with the knee straight, about 30 seconds; then slowly bend and straighten the knee ten times.",
        cautions: ["back-of-knee", "varicose-veins"],
      },
      {
        id: "gastrocnemius-4",
        name: "Gastrocnemius, point 4 (outer head near the knee)",
        location: {
          region: "knee-back",
          landmark: "High up at the outer edge of the hollow behind the knee, where the outer head of the calf muscle starts.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 21, Gastrocnemius" },
        referral: [
          { region: "knee-back", kind: "essential" },
          { region: "calf", kind: "spillover" },
        ],
        symptoms: ["restricted-motion"],
        activatedBy: [
          "Climbing, hill walking or squatting",
          "Sitting with the knee bent for a long time",
          "A car seat edge pressing behind the knee",
        ],
        find: "Sit with the knee bent. Feel the outer edge of the hollow behind the knee and move just below it onto the top of the calf muscle. Search gently for a tender spot on the muscle, keeping away from the soft middle of the hollow and from the bony knob on the outside of the knee.",
        pressTest:
          "Press gently for about 10 seconds. If it is the source, the familiar ache is felt behind the knee. Tingling down the outer leg means you are on a nerve: move away.",
        treatments: [
          {
            method: "fingers",
            position: "Sit with the knee bent and the foot resting on the floor.",
            technique:
              "Use flat fingertips on the muscle at the outer edge of the hollow, never into its centre or on the bony knob, and hold with light to moderate pressure until the tenderness eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp:
          "Calf stretch against a wall with the knee straight, about 30 seconds; then slowly bend and straighten the knee ten times.",
        cautions: ["back-of-knee", "fibular-head", "varicose-veins"],
      },
    ],
  },
  {
    id: "soleus",
    name: "Soleus",
    about:
      "A broad flat muscle under the gastrocnemius that joins it at the Achilles tendon. It points the foot and keeps you upright when standing; its squeezing also helps pump blood back up from the leg.",
    sources: [
      { source: "travell-1992", locator: "ch. 22, Soleus and plantaris" },
      { source: "davies-2013", locator: "chapter on lower leg, ankle and foot pain: soleus" },
    ],
    evidence:
      "Heel pain from this muscle can look like plantar fasciitis or Achilles tendon trouble, and calf pain with swelling must be checked for a blood clot first. The referral of point 3 to the sacroiliac area is reported in the classic manual but rarely studied.",
    triggerPoints: [
      {
        id: "soleus-1",
        name: "Soleus, point 1",
        location: {
          region: "calf",
          landmark: "Low in the calf, a few finger-widths below where the calf bulge ends, slightly to the inner side of the midline, above the Achilles tendon.",
          at: { x: 0.5, y: 0.75 },
          depth: "superficial",
        },
        prevalence: "common",
        prevalenceSource: { source: "travell-1992", locator: "ch. 22, Soleus and plantaris" },
        referral: [
          { region: "heel", kind: "essential" },
          { region: "achilles", kind: "essential" },
          { region: "calf", kind: "spillover" },
        ],
        symptoms: ["pain-on-loading", "restricted-motion"],
        activatedBy: [
          "Walking or running uphill, or on sand",
          "High heels or shoes with a stiff sole",
          "Standing still for long periods",
          "Stairs and step classes",
        ],
        find: "Sit with the knee bent so the overlying calf muscle relaxes. Grip the lower calf just above the Achilles tendon, slightly to the inner side, and press the ball of the foot down: the muscle firms. Relax and search for a tender knot.",
        pressTest:
          "Press or squeeze for about 10 seconds. If it is the source, the familiar ache appears in the back or underside of the heel, or along the Achilles tendon.",
        treatments: [
          {
            method: "large-ball",
            position: "Sit on the floor with the lower calf on a large soft ball and the knee slightly bent.",
            technique: "Let the leg sink onto the ball and roll slowly over the lower calf, above the tendon. Keep the discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 12 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sit with the knee bent and the foot on a stool or the opposite knee.",
            technique: "Squeeze the lower calf between thumb and fingers and hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "small-ball",
            position: "Sit on the floor with a tennis- or lacrosse-sized ball under the lower calf.",
            technique: "Rest on the tender spot, then make slow short strokes across it.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "foam-roller",
            position: "Sit on the floor with the roller under the lower calf, hands behind you.",
            technique: "Lift your hips and roll slowly over the lower calf, stopping above the tendon.",
            dose: { kind: "strokes", count: 12 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Calf stretch with a bent knee: stand facing a wall, the leg behind with the heel down, and bend both knees until you feel the stretch low in the calf. Hold about 30 seconds, then do ten slow heel raises with bent knees.",
        cautions: ["varicose-veins"],
      },
      {
        id: "soleus-2",
        name: "Soleus, point 2",
        location: {
          region: "calf",
          landmark: "High on the back of the calf on the outer side, a little below the level of the bony knob on the outside of the knee.",
          at: { x: 0.5, y: 0.15 },
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 22, Soleus and plantaris" },
        referral: [
          { region: "calf", kind: "essential" },
        ],
        symptoms: ["restricted-motion"],
        activatedBy: [
          "Hill walking and climbing",
          "Standing for long periods",
          "Pressure from a chair or stool edge on the upper calf",
        ],
        find: "Sit with the knee bent. Place your fingers on the upper outer calf, just below the level of the bony knob on the outside of the knee and behind it. Search deeply for a tender spot, staying off the knob.",
        pressTest:
          "Press for about 10 seconds. If it is the source, a diffuse familiar ache spreads through the upper calf. Tingling down the outer leg means you are on the nerve: move away.",
        treatments: [
          {
            method: "large-ball",
            position: "Sit on the floor with the upper calf on a large soft ball, the knee slightly bent.",
            technique:
              "Roll slowly over the upper outer calf, keeping the ball below the knee hollow and away from the bony knob. Move off at once if you feel tingling down the outer leg.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 4,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sit with the knee bent and the calf relaxed.",
            technique:
              "Press in slowly with the thumb or stacked fingers, behind the outer leg bone rather than on it, and hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 4,
            gentle: false,
          },
        ],
        followUp: "Bent-knee calf stretch against a wall, about 30 seconds, then ten slow heel raises with bent knees.",
        cautions: ["fibular-head", "varicose-veins"],
      },
      {
        id: "soleus-3",
        name: "Soleus, point 3",
        location: {
          region: "calf",
          landmark: "In the lower calf, slightly higher than point 1 and towards the outer side of the midline.",
          at: { x: 0.5, y: 0.65 },
          depth: "superficial",
        },
        prevalence: "rare",
        prevalenceSource: { source: "travell-1992", locator: "ch. 22, Soleus and plantaris" },
        referral: [
          { region: "sacroiliac", kind: "essential" },
          { region: "calf", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["Walking or running uphill", "High heels", "Standing for long periods"],
        find: "Sit with the knee bent. Search the lower calf a little above point 1 and to the outer side of the midline for a tender knot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, a deep ache appears in the low back over the bony joint beside the tailbone (sacroiliac joint) on the same side.",
        treatments: [
          {
            method: "large-ball",
            position: "Sit on the floor with the lower calf on a large soft ball, the knee slightly bent.",
            technique: "Roll slowly and pause on the tender spot. Keep the discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 12 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sit with the knee bent and the foot on a stool.",
            technique: "Squeeze or press with the thumb and hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "foam-roller",
            position: "Sit on the floor with the roller under the lower calf.",
            technique: "Lift your hips and roll slowly, the leg turned slightly inwards.",
            dose: { kind: "strokes", count: 12 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp: "Bent-knee calf stretch against a wall, about 30 seconds, then ten slow heel raises with bent knees.",
        cautions: ["varicose-veins"],
      },
    ],
  },
  {
    id: "plantaris",
    name: "Plantaris",
    about:
      "A small, thin muscle behind the knee with a very long tendon that runs down the calf to the heel. It gives slight help in pointing the foot and bending the knee, and is missing in some people.",
    sources: [
      { source: "travell-1992", locator: "ch. 22, Soleus and plantaris" },
      { source: "davies-2013", locator: "chapter on lower leg, ankle and foot pain: plantaris" },
    ],
    evidence:
      "Its point lies in the hollow behind the knee, which is an unsafe place for deep pressure; pain there can also come from a Baker's cyst, the knee joint or a clot, so persistent pain needs a clinician.",
    triggerPoints: [
      {
        id: "plantaris-1",
        name: "Plantaris",
        location: {
          region: "knee-back",
          landmark: "Behind the knee, slightly to the outer side of the centre of the hollow, just above where the outer calf head starts.",
          depth: "deep",
        },
        prevalence: "rare",
        prevalenceSource: { source: "travell-1992", locator: "ch. 22, Soleus and plantaris" },
        referral: [
          { region: "knee-back", kind: "essential" },
          { region: "calf", kind: "essential" },
        ],
        symptoms: [],
        activatedBy: ["Running and jumping", "Hill walking", "Sitting with the knee bent for a long time"],
        find: "Sit with the knee bent to relax the back of the leg. Place your fingertips just to the outer side of the centre of the knee hollow and feel very gently for a tender spot in the muscle. Do not dig into the soft middle.",
        pressTest:
          "Press gently for about 10 seconds. If it is the source, the familiar ache appears behind the knee and down into the upper half of the calf. A pulse or tingling means move away.",
        treatments: [
          {
            method: "fingers",
            position: "Sit with the knee bent and the foot on the floor.",
            technique:
              "Use light flat-fingertip pressure at the outer edge of the hollow and hold. Stay on the muscle and never press into the centre of the hollow.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp:
          "Calf stretch against a wall with the knee straight, about 30 seconds; it lengthens this muscle without pressing the knee hollow.",
        cautions: ["back-of-knee", "varicose-veins"],
      },
    ],
  },
  {
    id: "tibialis-posterior",
    name: "Tibialis posterior",
    about:
      "The deepest calf muscle, lying between the two leg bones behind the others. Its tendon passes behind the inner ankle bone into the arch; it holds up the arch and stops the foot rolling inwards.",
    sources: [
      { source: "travell-1992", locator: "ch. 23, Tibialis posterior" },
      { source: "davies-2013", locator: "chapter on lower leg, ankle and foot pain: tibialis posterior" },
    ],
    evidence:
      "This muscle is too deep to feel directly; pressure can only reach it through other calf muscles. Pain in the Achilles area and sole can also come from tendon problems, tarsal tunnel nerve compression or shin splints, which need ruling out.",
    triggerPoints: [
      {
        id: "tibialis-posterior-1",
        name: "Tibialis posterior",
        location: {
          region: "calf",
          landmark: "Deep in the upper half of the calf, between the two leg bones; it is best reached from the inner edge of the shin bone, pressing back and outwards behind the bone.",
          at: { x: 0.5, y: 0.35 },
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 23, Tibialis posterior" },
        referral: [
          { region: "achilles", kind: "essential" },
          { region: "calf", kind: "spillover" },
          { region: "heel", kind: "spillover" },
          { region: "sole", kind: "spillover" },
          { region: "ball-of-foot", kind: "spillover" },
          { region: "toes", kind: "spillover" },
        ],
        symptoms: ["pain-on-loading"],
        activatedBy: [
          "Running or walking on uneven or sloping ground",
          "Flat feet or feet that roll inwards",
          "Worn-out or unsupportive shoes",
        ],
        find: "Sit with the leg crossed so the inner side of the lower leg faces up. Find the inner edge of the shin bone in the upper half of the leg. Press your thumb just behind that edge and angle it back towards the middle of the calf. Turning the sole inwards against your other hand makes the deep muscle work.",
        pressTest:
          "Press deeply for about 10 seconds. If it is the source, the familiar ache appears above the heel along the Achilles tendon, and sometimes in the sole. It is a deep muscle, so the reply may be faint.",
        treatments: [
          {
            method: "large-ball",
            position: "Sit on the floor with the upper calf on a large soft ball and the other leg crossed over it for weight.",
            technique:
              "Let the weight sink in slowly over the middle of the upper calf and hold on the tender spot; then shift a little and hold again. Keep the discomfort at or below about 5 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sit with the leg crossed, inner lower leg facing up.",
            technique: "Press the thumb in behind the inner edge of the shin bone, angled back, and hold until the ache fades; then move a thumb-width and repeat.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "small-ball",
            position: "Sit on the floor with a tennis- or lacrosse-sized ball under the middle of the upper calf.",
            technique: "Rest on the ball with the other leg crossed on top and hold.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Sitting, turn the sole outwards and lift the foot, holding about 30 seconds. Then strengthen the arch by rising slowly onto your toes ten times.",
        cautions: ["varicose-veins"],
      },
    ],
  },
  {
    id: "flexor-digitorum-longus",
    name: "Flexor digitorum longus",
    about:
      "A deep calf muscle on the inner side of the lower leg, behind the shin bone. Its tendon passes behind the inner ankle bone to the four smaller toes, which it curls; it also helps hold the arch.",
    sources: [
      { source: "travell-1992", locator: "ch. 25, Long flexors of the toes" },
      { source: "davies-2013", locator: "chapter on lower leg, ankle and foot pain: long toe flexors" },
    ],
    evidence:
      "Pain in the ball of the foot can also come from a Morton's neuroma, a stress fracture or a joint problem, which need ruling out.",
    triggerPoints: [
      {
        id: "flexor-digitorum-longus-1",
        name: "Flexor digitorum longus",
        location: {
          region: "calf",
          landmark: "On the inner side of the upper half of the calf, just behind the inner edge of the shin bone, deep under the calf muscles.",
          at: { x: 0.5, y: 0.35 },
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 25, Long flexors of the toes" },
        referral: [
          { region: "ball-of-foot", kind: "essential" },
          { region: "toes", kind: "spillover" },
          { region: "ankle-inner", kind: "spillover" },
          { region: "calf", kind: "spillover" },
        ],
        symptoms: ["cramps", "pain-on-loading"],
        activatedBy: [
          "Running or walking on sand or uneven ground",
          "Flat feet or feet that roll inwards",
          "Shoes that are too tight or too loose, so the toes grip",
        ],
        find: "Sit with the leg crossed so the inner lower leg faces up. Find the inner edge of the shin bone in the upper half of the leg and press just behind it. Curl your small toes: you will feel the muscle work under your thumb. Search for a tender spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, the familiar ache is felt in the ball of the foot behind the smaller toes, sometimes into the toes.",
        treatments: [
          {
            method: "large-ball",
            position: "Sit on the floor with the leg turned outwards so the inner calf rests on a large soft ball.",
            technique: "Roll slowly along the inner calf, behind the shin bone. Keep the discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sit with the leg crossed, inner lower leg facing up.",
            technique: "Press the thumb in just behind the inner edge of the shin bone and hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Sitting, pull the four smaller toes up with your hand while lifting the foot, and hold about 30 seconds. Then spread and curl the toes slowly ten times.",
        cautions: ["varicose-veins"],
      },
    ],
  },
  {
    id: "flexor-hallucis-longus",
    name: "Flexor hallucis longus",
    about:
      "A deep calf muscle on the outer back of the lower leg whose tendon runs behind the inner ankle bone and under the foot to the big toe. It curls the big toe and gives the final push when you walk.",
    sources: [
      { source: "travell-1992", locator: "ch. 25, Long flexors of the toes" },
      { source: "davies-2013", locator: "chapter on lower leg, ankle and foot pain: long toe flexors" },
    ],
    evidence: "Pain under the big toe joint can also come from arthritis, gout or the small bones under the joint, which need ruling out.",
    triggerPoints: [
      {
        id: "flexor-hallucis-longus-1",
        name: "Flexor hallucis longus",
        location: {
          region: "calf",
          landmark: "In the lower third of the back of the calf, a little to the outer side of the midline, deep against the thin outer leg bone.",
          at: { x: 0.5, y: 0.7 },
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 25, Long flexors of the toes" },
        referral: [
          { region: "big-toe", kind: "essential" },
          { region: "ball-of-foot", kind: "essential" },
        ],
        symptoms: ["cramps", "pain-on-loading"],
        activatedBy: [
          "Running, jumping or dancing on the toes",
          "Walking on sand or uneven ground",
          "Shoes that make the toes grip",
        ],
        find: "Sit with the knee bent and the calf relaxed. Press deeply into the lower third of the calf, a little to the outer side of the middle. Curl your big toe against your other hand: the muscle works deep under your fingers. Search for a tender spot.",
        pressTest:
          "Press deeply for about 10 seconds. If it is the source, the familiar ache is felt under the big toe and the joint at its base.",
        treatments: [
          {
            method: "large-ball",
            position: "Sit on the floor with the lower calf on a large soft ball, the other leg crossed over for weight.",
            technique: "Roll slowly over the lower outer calf and rest on tender spots. Keep the discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sit with the knee bent and the foot on a stool.",
            technique: "Press deeply with the thumb and hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "small-ball",
            position: "Sit on the floor with a tennis- or lacrosse-sized ball under the lower outer calf.",
            technique: "Rest on the ball over the tender spot and hold.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Sitting, pull the big toe up with your hand while lifting the foot, and hold about 30 seconds; then curl and straighten the big toe slowly ten times.",
        cautions: ["varicose-veins"],
      },
    ],
  },
  // ───────────────────────────── Foot ─────────────────────────────
  {
    id: "extensor-digitorum-brevis",
    name: "Extensor digitorum brevis and extensor hallucis brevis",
    about:
      "Small muscles on the top of the foot, in front of the outer ankle bone. They help straighten the big toe and the next three toes.",
    sources: [
      { source: "travell-1992", locator: "ch. 26, Superficial intrinsic foot muscles" },
      { source: "davies-2013", locator: "chapter on lower leg, ankle and foot pain: foot muscles" },
    ],
    evidence: "Pain on the top of the foot can also come from a stress fracture or from laces and straps pressing on the nerves there.",
    triggerPoints: [
      {
        id: "extensor-digitorum-brevis-1",
        name: "Extensor digitorum brevis",
        location: {
          region: "foot-top",
          landmark: "On the top of the foot towards the outer side, about two finger-widths in front of the outer ankle bone, in the small soft bulge of muscle.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 26, Superficial intrinsic foot muscles" },
        referral: [{ region: "foot-top", kind: "essential" }],
        symptoms: ["cramps"],
        activatedBy: ["Tight shoes or laces", "Walking on uneven ground", "Ankle sprains"],
        find: "Sit with the foot on the floor. Lift all your toes: a small soft bulge rises on the top of the foot in front of the outer ankle bone. Search it with a fingertip for a tender spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, the familiar ache spreads over the middle of the top of the foot.",
        treatments: [
          {
            method: "fingers",
            position: "Sit with the foot resting on the opposite knee or on a stool.",
            technique: "Press with the thumb and hold, or make small slow strokes; keep it at or below about 5 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "large-ball",
            position: "Kneel on all fours on a mat with a large soft ball under the outer top of one foot, taking most of your weight on your hands and the other knee.",
            technique: "Ease a little weight onto the ball and roll slowly over the small bulge in front of the outer ankle bone.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
            gentle: true,
          },
        ],
        followUp: "Curl the toes down and point the foot, holding about 30 seconds; loosen laces that press on the top of the foot.",
        cautions: [],
      },
      {
        id: "extensor-digitorum-brevis-2",
        name: "Extensor hallucis brevis",
        location: {
          region: "foot-top",
          landmark: "On the top of the foot, slightly inward of point 1, in the small muscle belly that runs towards the big toe.",
          depth: "superficial",
        },
        prevalence: "rare",
        prevalenceSource: { source: "travell-1992", locator: "ch. 26, Superficial intrinsic foot muscles" },
        referral: [{ region: "foot-top", kind: "essential" }],
        symptoms: [],
        activatedBy: ["Tight shoes or laces", "Walking on uneven ground", "Ankle sprains"],
        find: "Lift the big toe: a small muscle tightens on the top of the foot, a little inward from the bulge in front of the outer ankle bone. Search there with a fingertip.",
        pressTest:
          "Press for about 10 seconds. If it is the source, the familiar ache spreads over the top of the foot.",
        treatments: [
          {
            method: "fingers",
            position: "Sit with the foot resting on the opposite knee or on a stool.",
            technique: "Press with the thumb and hold until the tenderness eases; keep it at or below about 5 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: true,
          },
        ],
        followUp: "Bend the big toe down gently with your hand while pointing the foot, holding about 30 seconds.",
        cautions: [],
      },
    ],
  },
  {
    id: "abductor-hallucis",
    name: "Abductor hallucis",
    about:
      "The muscle along the inner edge of the sole, from the heel to the big toe. It moves the big toe away from the others and helps hold up the arch.",
    sources: [
      { source: "travell-1992", locator: "ch. 26, Superficial intrinsic foot muscles" },
      { source: "davies-2013", locator: "chapter on lower leg, ankle and foot pain: abductor hallucis" },
    ],
    evidence:
      "Inner heel pain is also typical of plantar fasciitis and of tarsal tunnel nerve compression, which this muscle can contribute to; burning or numbness in the sole suggests the nerve.",
    triggerPoints: [
      {
        id: "abductor-hallucis-1",
        name: "Abductor hallucis, point 1",
        location: {
          region: "sole",
          landmark: "On the inner edge of the foot, just in front of the heel, below the inner ankle bone.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 26, Superficial intrinsic foot muscles" },
        referral: [
          { region: "heel", kind: "essential" },
          { region: "sole", kind: "spillover" },
        ],
        symptoms: ["cramps"],
        activatedBy: ["Tight or stiff shoes", "Flat feet or feet that roll inwards", "Long walks or runs"],
        find: "Sit with the foot resting on the opposite knee so the inner edge faces up. Spread the big toe away from the others (or press it into the floor): the muscle along the inner edge of the arch firms. Search just in front of the heel for a tender spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, the familiar ache is felt on the inner side of the heel, sometimes along the inner arch.",
        treatments: [
          {
            method: "large-ball",
            position: "Sit on a chair with a large soft ball under the inner edge of the foot.",
            technique: "Roll the inner arch and heel slowly over the ball, pressing down lightly. Keep the discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 12 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sit with the foot resting on the opposite knee.",
            technique: "Press with the thumb and hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "small-ball",
            position:
              "Sit on a chair with a small hard ball (golf or lacrosse ball) under the inner edge of the foot. Stand on it only once you know the spot and your feet have normal feeling, holding on to something and leaning only part of your weight onto it.",
            technique:
              "Roll slowly along the inner arch and hold on tender spots, adding pressure gradually. Burning or tingling into the sole means you are on a nerve: move forward onto the arch.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Sitting, pull the big toe up and outwards with your hand while lifting the foot, holding about 30 seconds; then spread your toes wide ten times.",
        cautions: ["numb-feet"],
      },
      {
        id: "abductor-hallucis-2",
        name: "Abductor hallucis, point 2",
        location: {
          region: "sole",
          landmark: "On the inner edge of the foot, in the middle of the arch, further forward than point 1.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 26, Superficial intrinsic foot muscles" },
        referral: [
          { region: "heel", kind: "essential" },
          { region: "sole", kind: "spillover" },
        ],
        symptoms: ["cramps"],
        activatedBy: ["Tight or stiff shoes", "Flat feet or feet that roll inwards", "Long walks or runs"],
        find: "With the foot on the opposite knee, follow the muscle along the inner edge of the arch from the heel towards the big toe and search its middle for a tender spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, the familiar ache is felt in the inner heel and along the inner arch.",
        treatments: [
          {
            method: "large-ball",
            position: "Sit on a chair with a large soft ball under the inner edge of the foot.",
            technique: "Roll the inner arch slowly over the ball. Keep the discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 12 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sit with the foot resting on the opposite knee.",
            technique: "Press with the thumb and hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "small-ball",
            position:
              "Sit on a chair with a small hard ball (golf or lacrosse ball) under the inner arch. Stand on it only once you know the spot and your feet have normal feeling, holding on to something and leaning only part of your weight onto it.",
            technique: "Roll slowly and hold on tender spots.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp: "Pull the big toe up and outwards for about 30 seconds, then spread your toes wide ten times.",
        cautions: ["numb-feet"],
      },
    ],
  },
  {
    id: "flexor-digitorum-brevis",
    name: "Flexor digitorum brevis",
    about:
      "A muscle in the middle of the sole, running from the heel to the four smaller toes. It curls those toes and supports the arch.",
    sources: [
      { source: "travell-1992", locator: "ch. 26, Superficial intrinsic foot muscles" },
      { source: "davies-2013", locator: "chapter on lower leg, ankle and foot pain: flexor digitorum brevis" },
    ],
    evidence: "Pain in the ball of the foot can also come from a Morton's neuroma, a stress fracture or joint inflammation, which need ruling out.",
    triggerPoints: [
      {
        id: "flexor-digitorum-brevis-1",
        name: "Flexor digitorum brevis, point 1",
        location: {
          region: "sole",
          landmark: "In the middle of the sole, in the centre of the arch, deep to the thick band of tissue under the foot.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 26, Superficial intrinsic foot muscles" },
        referral: [
          { region: "ball-of-foot", kind: "essential" },
          { region: "sole", kind: "spillover" },
        ],
        symptoms: ["cramps"],
        activatedBy: ["Stiff or tight shoes", "Walking barefoot on hard floors", "Long walks, runs or standing"],
        find: "Sit with the foot on the opposite knee, sole facing you. Curl the small toes: the middle of the sole firms. Search the centre of the arch with your thumb for a tender spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, the familiar ache is felt under the balls of the second to fourth toes.",
        treatments: [
          {
            method: "large-ball",
            position: "Sit on a chair with a large soft ball under the arch of the foot.",
            technique: "Roll the sole slowly forwards and back over the ball, pressing down lightly. Keep the discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 12 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sit with the foot on the opposite knee.",
            technique: "Press with the thumb and hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "small-ball",
            position:
              "Sit on a chair with a small hard ball (golf or lacrosse ball) under the arch. Stand on it only once you know the spot and your feet have normal feeling, holding on to something and leaning only part of your weight onto it.",
            technique: "Roll slowly and hold on tender spots, adding pressure gradually.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Pull the four smaller toes up with your hand while lifting the foot, holding about 30 seconds; then spread and curl the toes ten times.",
        cautions: ["numb-feet"],
      },
      {
        id: "flexor-digitorum-brevis-2",
        name: "Flexor digitorum brevis, point 2",
        location: {
          region: "sole",
          landmark: "In the sole a little further forward than point 1, between the centre of the arch and the ball of the foot.",
          depth: "deep",
        },
        prevalence: "rare",
        prevalenceSource: { source: "travell-1992", locator: "ch. 26, Superficial intrinsic foot muscles" },
        referral: [
          { region: "ball-of-foot", kind: "essential" },
          { region: "sole", kind: "spillover" },
        ],
        symptoms: ["cramps"],
        activatedBy: ["Stiff or tight shoes", "Walking barefoot on hard floors", "Long walks, runs or standing"],
        find: "With the foot on the opposite knee, search the sole just behind the ball of the foot, in line with the middle toes, for a tender spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, the familiar ache is felt under the balls of the middle toes.",
        treatments: [
          {
            method: "large-ball",
            position: "Sit on a chair with a large soft ball under the front of the arch.",
            technique: "Roll slowly. Keep the discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 12 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sit with the foot on the opposite knee.",
            technique: "Press with the thumb and hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "small-ball",
            position:
              "Sit on a chair with a small hard ball (golf or lacrosse ball) under the front of the arch. Stand on it only once you know the spot and your feet have normal feeling, holding on to something and leaning only part of your weight onto it.",
            technique: "Roll slowly and hold on tender spots.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp: "Pull the smaller toes up for about 30 seconds, then spread and curl the toes ten times.",
        cautions: ["numb-feet"],
      },
    ],
  },
  {
    id: "abductor-digiti-minimi-foot",
    name: "Abductor digiti minimi (foot)",
    about: "The muscle along the outer edge of the sole, from the heel to the little toe. It moves the little toe outwards and supports the outer edge of the foot.",
    sources: [
      { source: "travell-1992", locator: "ch. 26, Superficial intrinsic foot muscles" },
      { source: "davies-2013", locator: "chapter on lower leg, ankle and foot pain: abductor digiti minimi" },
    ],
    triggerPoints: [
      {
        id: "abductor-digiti-minimi-foot-1",
        name: "Abductor digiti minimi (foot)",
        location: {
          region: "sole",
          landmark: "Along the outer edge of the sole, roughly halfway between the heel and the little toe.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 26, Superficial intrinsic foot muscles" },
        referral: [
          { region: "ball-of-foot", kind: "essential" },
          { region: "sole", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["Tight, narrow shoes", "Walking on the outer edge of the foot", "Ankle sprains"],
        find: "Sit with the foot on the opposite knee. Spread the little toe outwards: the muscle along the outer edge of the sole tightens. Search it with your thumb for a tender spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, the familiar ache is felt under the base of the little toe, sometimes along the outer sole.",
        treatments: [
          {
            method: "large-ball",
            position: "Sit on a chair with a large soft ball under the outer edge of the foot.",
            technique: "Roll the outer edge slowly over the ball. Keep the discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 12 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sit with the foot on the opposite knee.",
            technique: "Press or pinch the outer edge of the sole and hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "small-ball",
            position:
              "Sit on a chair with a small hard ball (golf or lacrosse ball) under the outer edge of the foot. Stand on it only once you know the spot and your feet have normal feeling, holding on to something and leaning only part of your weight onto it.",
            technique: "Roll slowly and hold on tender spots.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp: "Spread your toes wide and relax ten times; wear shoes wide enough for the little toe.",
        cautions: ["numb-feet"],
      },
    ],
  },
  {
    id: "quadratus-plantae",
    name: "Quadratus plantae",
    about:
      "A deep, flat muscle in the back half of the sole, just in front of the heel. It pulls on the long toe-curling tendons to straighten their line of pull.",
    sources: [
      { source: "travell-1992", locator: "ch. 27, Deep intrinsic foot muscles" },
      { source: "davies-2013", locator: "chapter on lower leg, ankle and foot pain: quadratus plantae" },
    ],
    evidence:
      "Pain under the heel is most often put down to plantar fasciitis; this muscle's point gives a similar picture, and a heel bone stress fracture needs ruling out when pain persists.",
    triggerPoints: [
      {
        id: "quadratus-plantae-1",
        name: "Quadratus plantae",
        location: {
          region: "sole",
          landmark: "Deep in the sole just in front of the heel pad, near the middle of the foot's width.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 27, Deep intrinsic foot muscles" },
        referral: [
          { region: "heel", kind: "essential" },
          { region: "sole", kind: "spillover" },
        ],
        symptoms: ["pain-on-loading"],
        activatedBy: ["Walking barefoot or in thin-soled shoes on hard floors", "Long standing", "Running"],
        find: "Sit with the foot on the opposite knee. Press deeply with the thumb just in front of the heel pad, in the middle of the sole's width, and search for a deep tender spot.",
        pressTest:
          "Press deeply for about 10 seconds. If it is the source, the familiar pain is felt under the heel, as when you take your first steps in the morning.",
        treatments: [
          {
            method: "large-ball",
            position: "Sit on a chair with a large soft ball under the back of the arch.",
            technique: "Press down and roll slowly just in front of the heel. Keep the discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 12 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "small-ball",
            position:
              "Sit on a chair with a small hard ball (golf or lacrosse ball) just in front of the heel. Stand on it only once you know the spot and your feet have normal feeling, holding on to something and leaning only part of your weight onto it.",
            technique: "Press down on the ball and hold on the tender spot. The point is deep, so let the pressure build slowly.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "fingers",
            position: "Sit with the foot on the opposite knee.",
            technique:
              "Press slowly and deeply with the thumb just in front of the heel pad, in the middle of the sole, and hold until the tenderness eases. Tingling or burning in the sole means move a little.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp:
          "Pull the toes up with your hand while lifting the foot, holding about 30 seconds; then walk a few steps rolling heel to toe.",
        cautions: ["numb-feet"],
      },
    ],
  },
  {
    id: "adductor-hallucis",
    name: "Adductor hallucis",
    about:
      "A deep two-part muscle in the front of the sole: one part runs slanting under the arch, the other across under the ball of the foot. It pulls the big toe towards the others and helps hold the front of the foot together.",
    sources: [
      { source: "travell-1992", locator: "ch. 27, Deep intrinsic foot muscles" },
      { source: "davies-2013", locator: "chapter on lower leg, ankle and foot pain: adductor hallucis" },
    ],
    evidence:
      "The numb, puffy feeling this muscle can give in the ball of the foot overlaps with a Morton's neuroma or a nerve problem from the back, which need ruling out.",
    triggerPoints: [
      {
        id: "adductor-hallucis-oblique-1",
        name: "Adductor hallucis, slanting part",
        location: {
          region: "sole",
          landmark: "Deep in the front part of the arch, just behind the ball of the foot, in line with the second and third toes.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 27, Deep intrinsic foot muscles" },
        referral: [
          { region: "ball-of-foot", kind: "essential" },
          { region: "sole", kind: "spillover" },
        ],
        symptoms: ["numbness-tingling"],
        activatedBy: ["Tight or pointed shoes", "High heels", "Long walks and runs on hard ground"],
        find: "Sit with the foot on the opposite knee. Press deeply into the sole just behind the ball of the foot, in line with the second and third toes, and search for a deep tender spot.",
        pressTest:
          "Press deeply for about 10 seconds. If it is the source, the familiar ache, sometimes with a numb or swollen feeling, appears across the ball of the foot.",
        treatments: [
          {
            method: "large-ball",
            position: "Sit on a chair with a large soft ball under the front of the arch.",
            technique: "Press down and roll slowly. Keep the discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 12 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sit with the foot on the opposite knee.",
            technique: "Press deeply with the thumb and hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "small-ball",
            position:
              "Sit on a chair with a small hard ball (golf or lacrosse ball) under the front of the arch. Stand on it only once you know the spot and your feet have normal feeling, holding on to something and leaning only part of your weight onto it.",
            technique: "Press down slowly on the ball and hold on the tender spot.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp: "Spread your toes wide and pull the big toe away from the others, holding about 30 seconds; wear shoes with room for the toes.",
        cautions: ["numb-feet"],
      },
      {
        id: "adductor-hallucis-transverse-1",
        name: "Adductor hallucis, cross part",
        location: {
          region: "ball-of-foot",
          landmark: "Deep under the ball of the foot, just behind the bases of the middle toes.",
          depth: "deep",
        },
        prevalence: "rare",
        prevalenceSource: { source: "travell-1992", locator: "ch. 27, Deep intrinsic foot muscles" },
        referral: [{ region: "ball-of-foot", kind: "essential" }],
        symptoms: ["numbness-tingling"],
        activatedBy: ["Tight or pointed shoes", "High heels", "Long walks and runs on hard ground"],
        find: "Sit with the foot on the opposite knee. Press into the ball of the foot just behind the middle toes and search for a deep tender spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, the familiar ache, sometimes with a numb feeling, spreads across the ball of the foot.",
        treatments: [
          {
            method: "large-ball",
            position: "Sit on a chair with a large soft ball under the ball of the foot.",
            technique: "Press down and roll slowly side to side. Keep the discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 12 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sit with the foot on the opposite knee.",
            technique: "Press with the thumb between the bones and hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp: "Spread your toes wide and hold about 30 seconds, then relax; repeat a few times.",
        cautions: ["numb-feet"],
      },
    ],
  },
  {
    id: "flexor-hallucis-brevis",
    name: "Flexor hallucis brevis",
    about: "A short two-part muscle in the sole under the first long foot bone. It bends the big toe at its base and helps push off when walking.",
    sources: [
      { source: "travell-1992", locator: "ch. 27, Deep intrinsic foot muscles" },
      { source: "davies-2013", locator: "chapter on lower leg, ankle and foot pain: flexor hallucis brevis" },
    ],
    evidence: "Pain at the base of the big toe can also come from arthritis, gout or the two small bones under the joint, which need ruling out.",
    triggerPoints: [
      {
        id: "flexor-hallucis-brevis-1",
        name: "Flexor hallucis brevis, inner part",
        location: {
          region: "sole",
          landmark: "In the sole, under the long bone behind the big toe, towards the inner edge of the foot, just behind the ball of the foot.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 27, Deep intrinsic foot muscles" },
        referral: [
          { region: "ball-of-foot", kind: "essential" },
          { region: "big-toe", kind: "spillover" },
          { region: "toes", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["High heels or tight shoes", "Running or dancing on the toes", "A stiff big toe joint"],
        find: "Sit with the foot on the opposite knee. Bend the big toe down against your finger: a muscle under the bone behind the big toe firms. Search it near the inner edge for a tender spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, the familiar ache is felt under and beside the joint at the base of the big toe, sometimes into the big toe and the next toe.",
        treatments: [
          {
            method: "large-ball",
            position: "Sit on a chair with a large soft ball under the inner front of the arch.",
            technique: "Press down and roll slowly. Keep the discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 12 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sit with the foot on the opposite knee.",
            technique: "Press with the thumb and hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
          {
            method: "small-ball",
            position:
              "Sit on a chair with a small hard ball (golf or lacrosse ball) under the inner front of the arch. Stand on it only once you know the spot and your feet have normal feeling, holding on to something and leaning only part of your weight onto it.",
            technique: "Roll slowly and hold on tender spots.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp: "Pull the big toe up with your hand, holding about 30 seconds; then curl and straighten it slowly ten times.",
        cautions: ["numb-feet"],
      },
      {
        id: "flexor-hallucis-brevis-2",
        name: "Flexor hallucis brevis, outer part",
        location: {
          region: "sole",
          landmark: "In the sole, under the long bone behind the big toe but on its outer side, towards the second toe, just behind the ball of the foot.",
          depth: "deep",
        },
        prevalence: "rare",
        prevalenceSource: { source: "travell-1992", locator: "ch. 27, Deep intrinsic foot muscles" },
        referral: [
          { region: "ball-of-foot", kind: "essential" },
          { region: "big-toe", kind: "spillover" },
          { region: "toes", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["High heels or tight shoes", "Running or dancing on the toes", "A stiff big toe joint"],
        find: "With the foot on the opposite knee, search the sole just behind the ball of the foot between the lines of the big toe and the second toe for a tender spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, the familiar ache is felt under the base of the big toe and sometimes into the first two toes.",
        treatments: [
          {
            method: "large-ball",
            position: "Sit on a chair with a large soft ball under the front of the arch.",
            technique: "Press down and roll slowly. Keep the discomfort at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 12 },
            painCeiling: 5,
            gentle: true,
          },
          {
            method: "fingers",
            position: "Sit with the foot on the opposite knee.",
            technique: "Press with the thumb and hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: false,
          },
        ],
        followUp: "Pull the big toe up with your hand, holding about 30 seconds; then curl and straighten it slowly ten times.",
        cautions: ["numb-feet"],
      },
    ],
  },
  {
    id: "foot-interossei",
    name: "Interossei of the foot",
    about:
      "Small muscles between the long bones of the foot. They spread and close the toes and help keep them straight and steady as you push off.",
    sources: [
      { source: "travell-1992", locator: "ch. 27, Deep intrinsic foot muscles" },
      { source: "davies-2013", locator: "chapter on lower leg, ankle and foot pain: interossei" },
    ],
    evidence:
      "Pain and tingling along a toe can also come from a Morton's neuroma or a stress fracture of a foot bone, which need ruling out.",
    triggerPoints: [
      {
        id: "foot-interossei-1",
        name: "First dorsal interosseous (foot)",
        location: {
          region: "foot-top",
          landmark: "On the top of the foot, in the gap between the long bones behind the big toe and the second toe, towards the toes.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 27, Deep intrinsic foot muscles" },
        referral: [
          { region: "toes", kind: "essential" },
          { region: "foot-top", kind: "spillover" },
          { region: "ball-of-foot", kind: "spillover" },
          { region: "big-toe", kind: "spillover" },
        ],
        symptoms: ["numbness-tingling"],
        activatedBy: ["Tight or narrow shoes", "Long walks or runs", "A stiff or flat foot"],
        find: "Sit with the foot on the opposite knee. Slide a fingertip into the gap between the bones behind the big toe and the second toe on the top of the foot. Spread and close your toes to feel the small muscle move. Search for a tender spot.",
        pressTest:
          "Press into the gap for about 10 seconds. If it is the source, the familiar ache or tingling runs along the side of the second toe and into the top and underside of the foot nearby.",
        treatments: [
          {
            method: "fingers",
            position: "Sit with the foot on the opposite knee.",
            technique:
              "Press a fingertip down between the bones near the toes and hold, or make small slow strokes along the gap. An artery and a nerve run in this gap nearer the ankle: if you feel a pulse or tingling, move towards the toes.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
            gentle: true,
          },
        ],
        followUp: "Spread your toes as wide as you can and hold 5 seconds, ten times; then pull each toe gently.",
        cautions: [],
      },
      {
        id: "foot-interossei-2",
        name: "Other interossei (foot)",
        location: {
          region: "foot-top",
          landmark: "On the top of the foot, in the gaps between the long bones behind the second to fifth toes.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "travell-1992", locator: "ch. 27, Deep intrinsic foot muscles" },
        referral: [
          { region: "toes", kind: "essential" },
          { region: "foot-top", kind: "spillover" },
          { region: "ball-of-foot", kind: "spillover" },
        ],
        symptoms: ["numbness-tingling"],
        activatedBy: ["Tight or narrow shoes", "Long walks or runs", "A stiff or flat foot"],
        find: "With the foot on the opposite knee, slide a fingertip into each gap between the long bones of the outer toes on the top of the foot and search for a tender spot.",
        pressTest:
          "Press for about 10 seconds. If it is the source, the familiar ache or tingling runs along the side of the nearby toe.",
        treatments: [
          {
            method: "fingers",
            position: "Sit with the foot on the opposite knee.",
            technique: "Press a fingertip down between the bones and hold; keep it at or below about 5 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
            gentle: true,
          },
        ],
        followUp: "Spread your toes as wide as you can and hold 5 seconds, ten times.",
        cautions: [],
      },
    ],
  },
];
