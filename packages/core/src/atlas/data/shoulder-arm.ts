import type { MuscleRecord } from "../types.ts";

/**
 * Shoulder, upper arm and chest-wall muscles that move the shoulder and elbow.
 * Facts follow Travell & Simons vol. 1 (2nd ed.) and the Davies workbook; every sentence is our own.
 */
export const shoulderArmMuscles: MuscleRecord[] = [
  // ---------------------------------------------------------------- supraspinatus
  {
    id: "supraspinatus",
    name: "Supraspinatus",
    about:
      "A small muscle lying in the hollow above the bony ridge of the shoulder blade; it starts the lift of the arm out to the side and holds the ball of the upper arm bone in its socket.",
    evidence:
      "Its referred ache in the outer shoulder overlaps with rotator cuff tendon problems and bursitis; pain after a fall, a weak arm that cannot be lifted, or night pain that does not ease deserve an examination.",
    sources: [
      { source: "simons-1999", locator: "ch. 21" },
      { source: "davies-2013", locator: "section on the supraspinatus" },
    ],
    triggerPoints: [
      {
        id: "supraspinatus-1",
        name: "Supraspinatus, point 1 (muscle belly)",
        location: {
          region: "scapula-upper",
          landmark:
            "In the hollow just above the bony ridge (spine) of the shoulder blade, about a third of the way out from the inner edge, under the thick top-of-shoulder muscle.",
          depth: "deep",
        },
        prevalence: "common",
        prevalenceSource: { source: "simons-1999", locator: "ch. 21" },
        referral: [
          { region: "shoulder-side", kind: "essential" },
          { region: "elbow-outer", kind: "essential" },
          { region: "scapula-upper", kind: "spillover" },
          { region: "arm-outer", kind: "spillover" },
          { region: "forearm-dorsal-radial", kind: "spillover" },
        ],
        symptoms: ["restricted-motion", "sleep-disturbance"],
        activatedBy: [
          "Carrying heavy bags or cases with the arm hanging down",
          "Lifting or reaching above shoulder height for long periods",
          "Walking a dog that pulls on the lead",
        ],
        find:
          "Find the bony ridge that runs across the upper part of your shoulder blade. Reach across with the opposite hand and sink your fingertips into the soft hollow just above that ridge, a little in from the middle. Lift the arm a short way out to the side and you will feel the muscle firm up under the fingers.",
        pressTest:
          "Press firmly down into the hollow for about 10 seconds. If this is the source, the familiar deep ache appears in the outer shoulder and sometimes at the outer elbow. If it only hurts under your fingers, it is probably not the main cause of your pain.",
        treatments: [
          {
            method: "large-ball",
            gentle: true,
            position: "Lying on your back on the floor or a firm bed, the soft ball under the top edge of your shoulder blade, knees bent.",
            technique:
              "Shift your weight until the ball sits in the hollow above the bony ridge. Let the body sink onto it and rest, keeping the discomfort at or below about 5 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
          },
          {
            method: "fingers",
            gentle: false,
            position: "Sitting, with the elbow of the treated arm resting on a table to relax the shoulder.",
            technique:
              "Reach across with the opposite hand and press the fingertips down into the hollow above the ridge. Make short, slow strokes from the inner end outward.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
          },
          {
            method: "hooked-cane",
            gentle: false,
            position:
              "Sitting or standing. Hang the hook over the shoulder you are treating, from the front, so its tip rests behind that shoulder in the hollow above the ridge of the same shoulder blade. Hold the long end in front of you with both hands.",
            technique:
              "Pull the long end slowly down toward the floor so the tip presses down into the hollow. Hold steady until the tenderness eases, no harder than about 5 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
          },
        ],
        followUp:
          "Let the arm hang and swing it gently in small circles for a minute, then slide the back of the hand up behind your back as far as is comfortable and hold for 30 seconds.",
        cautions: [],
      },
      {
        id: "supraspinatus-2",
        name: "Supraspinatus, point 2 (outer end)",
        location: {
          region: "scapula-upper",
          landmark:
            "At the outer end of the hollow above the shoulder blade ridge, just before the muscle passes under the bony tip of the shoulder (the acromion).",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 21" },
        referral: [
          { region: "shoulder-side", kind: "essential" },
          { region: "shoulder-top", kind: "spillover" },
          { region: "arm-outer", kind: "spillover" },
        ],
        symptoms: ["restricted-motion"],
        activatedBy: [
          "Repeated overhead work such as painting ceilings or hanging washing",
          "Sleeping on the arm with the shoulder hunched",
        ],
        find:
          "Follow the hollow above the shoulder blade ridge outward with your fingertips until it narrows against the bony tip of the shoulder. The tender spot sits in this narrow outer end.",
        pressTest:
          "Press down and slightly inward for about 10 seconds. If this is the source, the ache spreads into the outer shoulder over the deltoid. Tenderness only under the fingertip suggests it is not the main source.",
        treatments: [
          {
            method: "large-ball",
            gentle: true,
            position: "Lying on your back with the soft ball under the outer part of the upper shoulder blade.",
            technique: "Roll a little toward the treated side until the ball presses into the outer hollow, and rest there with slow breaths, staying at or below about 5 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
          },
          {
            method: "fingers",
            gentle: false,
            position: "Sitting with the forearm of the treated side resting on your lap.",
            technique: "Press the tips of two fingers of the opposite hand down into the outer end of the hollow and make slow strokes toward the shoulder tip.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
          },
        ],
        followUp: "Do slow pendulum swings with the arm hanging, then reach the arm behind your back and hold gently for 30 seconds.",
        cautions: [],
      },
    ],
  },

  // ---------------------------------------------------------------- infraspinatus
  {
    id: "infraspinatus",
    name: "Infraspinatus",
    about:
      "A flat muscle covering most of the back of the shoulder blade below its bony ridge; it turns the arm outward and steadies the shoulder joint.",
    evidence:
      "It is one of the most often found sources of deep front-of-shoulder pain; the same area of pain can come from the shoulder joint, the biceps tendon or the neck, so persistent or worsening pain should be checked.",
    sources: [
      { source: "simons-1999", locator: "ch. 22" },
      { source: "davies-2013", locator: "section on the infraspinatus" },
    ],
    triggerPoints: [
      {
        id: "infraspinatus-1",
        name: "Infraspinatus, point 1 (below the ridge, middle)",
        location: {
          region: "scapula",
          landmark: "On the back of the shoulder blade, about two finger-widths below the middle of its bony ridge.",
          depth: "superficial",
        },
        prevalence: "common",
        prevalenceSource: { source: "bron-2011", locator: "abstract: active points most often in the infraspinatus (77%)" },
        referral: [
          { region: "shoulder-front", kind: "essential" },
          { region: "arm-front", kind: "spillover" },
          { region: "arm-outer", kind: "spillover" },
          { region: "forearm-volar-radial", kind: "spillover" },
          { region: "thumb", kind: "spillover" },
          { region: "neck-back", kind: "spillover" },
        ],
        symptoms: ["restricted-motion", "sleep-disturbance"],
        activatedBy: [
          "Reaching back repeatedly, for example to the back seat of a car",
          "Holding the arm forward for long periods at a keyboard or steering wheel",
          "A sudden strain such as catching yourself from a fall",
        ],
        find:
          "Reach over the opposite shoulder with your hand, or ask someone to help: locate the bony ridge of the shoulder blade and move just below its middle. Turning the arm outward against resistance makes the muscle tighten there.",
        pressTest:
          "Press straight in for about 10 seconds. If this is the source, the familiar deep ache is felt in the front of the shoulder, sometimes down the front of the arm. If it is only sore under the pressure, look further.",
        treatments: [
          {
            method: "large-ball",
            gentle: true,
            position: "Standing with your back to a wall, the soft ball between the wall and the back of your shoulder blade.",
            technique:
              "Lean into the ball and bend and straighten the knees slowly so it rolls over the area below the ridge, pausing on tender spots. Keep it at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 12 },
            painCeiling: 5,
          },
          {
            method: "small-ball",
            gentle: false,
            position: "Lying on your back with the small ball under the shoulder blade, just below the bony ridge.",
            technique: "Let your weight settle onto the ball. Rest the treated arm across your belly to turn the shoulder blade outward slightly. Hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
          },
          {
            method: "hooked-cane",
            gentle: false,
            position:
              "Sitting. Hang the hook over the shoulder you are treating, from the front, and let it reach down so the tip rests on that shoulder blade, below its bony ridge.",
            technique: "Pull the long end down and forward to press the tip in, and make short strokes across the muscle below the ridge.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
          },
        ],
        followUp:
          "Bring the arm across the front of the chest with the other hand and hold 30 seconds, then slide the back of the hand gently up behind your back.",
        cautions: [],
      },
      {
        id: "infraspinatus-2",
        name: "Infraspinatus, point 2 (below the ridge, outer)",
        location: {
          region: "scapula",
          landmark: "On the back of the shoulder blade, about two finger-widths below the outer part of its bony ridge and a little in from the blade's outer edge.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 22" },
        referral: [
          { region: "shoulder-front", kind: "essential" },
          { region: "arm-front", kind: "spillover" },
          { region: "arm-outer", kind: "spillover" },
          { region: "forearm-volar-radial", kind: "spillover" },
        ],
        symptoms: ["restricted-motion", "sleep-disturbance"],
        activatedBy: ["Sleeping on the same side every night", "Tennis serves, swimming or throwing"],
        find:
          "From point 1, move your fingers outward along the ridge toward the shoulder, staying a couple of finger-widths below it. Tight, ropy bands run across the direction of your fingers.",
        pressTest:
          "Press for about 10 seconds. If this is the source, the deep ache appears in the front of the shoulder or upper arm. Tenderness only where you press is not enough.",
        treatments: [
          {
            method: "large-ball",
            gentle: true,
            position: "Standing with your back to a wall, the soft ball behind the outer part of the shoulder blade.",
            technique: "Turn the body slightly toward the treated side so the ball sits below the outer ridge. Lean in gently and hold, staying at or below about 5 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
          },
          {
            method: "small-ball",
            gentle: false,
            position: "Standing against a wall with a small ball behind the outer shoulder blade.",
            technique: "Make slow, short rolls up and down over the tender bands.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
          },
        ],
        followUp: "Hold the arm across the chest for 30 seconds, then make slow outward and inward turns of the arm with the elbow at your side.",
        cautions: [],
      },
      {
        id: "infraspinatus-3",
        name: "Infraspinatus, point 3 (near the inner edge)",
        location: {
          region: "scapula",
          landmark: "On the back of the shoulder blade close to its inner edge (the edge nearest the spine), below the root of the bony ridge.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 22" },
        referral: [
          { region: "scapula-medial", kind: "essential" },
          { region: "scapula", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["Long hours with the arms forward", "Carrying a heavy backpack on one shoulder"],
        find: "Run your fingers along the inner edge of the shoulder blade below its ridge, a thumb-width out onto the blade itself.",
        pressTest:
          "Press for about 10 seconds. If this is the source, you feel your familiar ache spreading toward the area between the shoulder blade and the spine.",
        treatments: [
          {
            method: "large-ball",
            gentle: true,
            position: "Standing with your back to a wall, the soft ball just outside the inner edge of the shoulder blade.",
            technique: "Lean in and roll slowly up and down a short distance, staying at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 12 },
            painCeiling: 5,
          },
          {
            method: "small-ball",
            gentle: false,
            position: "Lying on your back, the small ball under the inner part of the shoulder blade.",
            technique: "Settle onto the ball and hold on the tender spot until it eases.",
            dose: { kind: "hold", seconds: 40 },
            painCeiling: 5,
          },
        ],
        followUp: "Hug yourself, rounding the upper back, and breathe slowly for 30 seconds.",
        cautions: [],
      },
    ],
  },

  // ---------------------------------------------------------------- teres minor
  {
    id: "teres-minor",
    name: "Teres minor",
    about:
      "A small, rounded muscle along the outer edge of the shoulder blade; it turns the arm outward and helps hold the shoulder joint together.",
    evidence: "It usually gives trouble together with the infraspinatus, and its pain in the back of the shoulder can resemble bursitis.",
    sources: [
      { source: "simons-1999", locator: "ch. 23" },
      { source: "davies-2013", locator: "section on the teres minor" },
    ],
    triggerPoints: [
      {
        id: "teres-minor-1",
        name: "Teres minor, point 1",
        location: {
          region: "scapula",
          landmark:
            "On the outer edge of the shoulder blade in its upper part, a little below and behind the back of the armpit, just above the thicker teres major.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 23" },
        referral: [
          { region: "shoulder-back", kind: "essential" },
          { region: "arm-back", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["Reaching back and up, for example into a high cupboard behind you", "Throwing or racquet sports"],
        find:
          "Reach across your chest and put your fingers on the back of the opposite armpit, then walk them onto the outer edge of the shoulder blade. Turning the arm outward against light resistance makes the muscle tense under your fingers.",
        pressTest:
          "Press against the edge of the shoulder blade for about 10 seconds. If this is the source, a deep ache is felt in a small area at the back of the shoulder.",
        treatments: [
          {
            method: "large-ball",
            gentle: true,
            position: "Standing with your back to a wall, turned a little toward the treated side, the soft ball behind the outer edge of the shoulder blade.",
            technique:
              "Lean in and let the ball sit on the edge of the blade; make small up-and-down movements, at or below about 5 out of 10. Keep the ball on the back of the shoulder, not in the armpit hollow.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
          },
          {
            method: "small-ball",
            gentle: false,
            position: "Lying on your back, slightly turned onto the treated side, the small ball under the outer edge of the shoulder blade.",
            technique:
              "Let your weight rest on the ball and hold until the tenderness fades. Keep the ball on the back of the blade; if it slips toward the armpit or tingling runs down the arm, move it back.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
          },
        ],
        followUp: "Bring the arm across your chest with the other hand and hold for 30 seconds.",
        cautions: ["armpit-border"],
      },
    ],
  },

  // ---------------------------------------------------------------- teres major
  {
    id: "teres-major",
    name: "Teres major",
    about:
      "A thick muscle from the lower outer corner of the shoulder blade to the front of the upper arm bone; it pulls the raised arm down and back and turns it inward.",
    sources: [
      { source: "simons-1999", locator: "ch. 25" },
      { source: "davies-2013", locator: "section on the teres major" },
    ],
    triggerPoints: [
      {
        id: "teres-major-1",
        name: "Teres major, point 1 (near the shoulder blade)",
        location: {
          region: "scapula-lower",
          landmark: "On the outer edge of the shoulder blade just above its lower tip, where a thick band of muscle starts toward the arm.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "bron-2011", locator: "abstract: latent points most often in the teres major (49%)" },
        referral: [
          { region: "shoulder-back", kind: "essential" },
          { region: "arm-back", kind: "spillover" },
          { region: "forearm-dorsal-ulnar", kind: "spillover" },
        ],
        symptoms: ["restricted-motion"],
        activatedBy: ["Rowing, pulling or climbing", "Driving a heavy vehicle without power steering"],
        find:
          "Reach across your body and find the lower tip of the shoulder blade, then move slightly up its outer edge. Pressing the arm down against a table tightens the muscle so you can feel the band.",
        pressTest:
          "Press for about 10 seconds. If this is the source, the familiar ache appears at the back of the shoulder and sometimes down the back of the arm.",
        treatments: [
          {
            method: "large-ball",
            gentle: true,
            position: "Lying on your back with the soft ball under the lower outer edge of the shoulder blade, arm resting overhead if comfortable.",
            technique: "Let your weight settle and keep the discomfort at or below about 5 out of 10. Hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
          },
          {
            method: "small-ball",
            gentle: false,
            position: "Standing with your back to a wall, the small ball behind the lower outer edge of the shoulder blade.",
            technique: "Bend and straighten the knees slightly so the ball rolls slowly along the band.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
          },
        ],
        followUp: "Raise the arm overhead and lean the body away to the other side, holding gently for 30 seconds.",
        cautions: [],
      },
      {
        id: "teres-major-2",
        name: "Teres major, point 2 (back of the armpit)",
        location: {
          region: "shoulder-back",
          landmark: "In the thick fold of muscle forming the back wall of the armpit, a little below the level of the armpit hollow.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "bron-2011", locator: "abstract: latent points most often in the teres major (49%)" },
        referral: [
          { region: "shoulder-back", kind: "essential" },
          { region: "arm-back", kind: "spillover" },
        ],
        symptoms: ["restricted-motion"],
        activatedBy: ["Reaching forward and up repeatedly", "Pulling heavy loads toward you"],
        find:
          "Grip the back wall of the armpit between the thumb and fingers of the other hand. The teres major is the deeper, lower part of this fold, together with the latissimus.",
        pressTest:
          "Squeeze gently for about 10 seconds. If this is the source, the ache spreads into the back of the shoulder and arm; tenderness only in the fold means look further.",
        treatments: [
          {
            method: "pincer",
            gentle: true,
            position: "Sitting, with the treated arm resting on a table or on the back of a chair.",
            technique:
              "Grip the muscle fold between thumb and fingers and squeeze gently, working along its length. Stay on the fold itself, keep out of the hollow, and keep it at or below about 5 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
          },
        ],
        followUp: "Reach overhead and slightly back in a doorway, and hold for 30 seconds.",
        cautions: ["armpit"],
      },
    ],
  },

  // ---------------------------------------------------------------- subscapularis
  {
    id: "subscapularis",
    name: "Subscapularis",
    about:
      "A large muscle on the underside of the shoulder blade, between the blade and the ribs; it turns the arm inward and keeps the upper arm bone seated in its socket.",
    evidence:
      "It is often linked with a stiff, painful shoulder that cannot be raised; frozen shoulder, arthritis and cuff tears can look the same, so a shoulder that stays stiff for weeks should be examined.",
    sources: [
      { source: "simons-1999", locator: "ch. 26" },
      { source: "davies-2013", locator: "section on the subscapularis" },
    ],
    triggerPoints: [
      {
        id: "subscapularis-1",
        name: "Subscapularis, point 1 (outer edge)",
        location: {
          region: "armpit",
          landmark:
            "Reached through the back of the armpit: on the front surface of the shoulder blade, just inside its outer edge, about halfway up.",
          depth: "deep",
        },
        prevalence: "common",
        prevalenceSource: { source: "simons-1999", locator: "ch. 26" },
        referral: [
          { region: "shoulder-back", kind: "essential" },
          { region: "wrist-dorsal", kind: "essential" },
          { region: "scapula", kind: "spillover" },
          { region: "arm-back", kind: "spillover" },
          { region: "wrist-volar", kind: "spillover" },
        ],
        symptoms: ["restricted-motion", "stiffness", "sleep-disturbance"],
        activatedBy: [
          "Repeated lifting with the arm turned in, such as lifting children or overhead swimming strokes",
          "Keeping the arm still for a long time, for example in a sling",
          "A sudden strain while catching a fall",
        ],
        find:
          "Sit with the treated arm resting on your lap or a table. Put the fingers of the other hand into the back wall of the armpit and curl them forward and inward onto the front of the shoulder blade. Turning the arm inward against light resistance makes the muscle push against your fingertips.",
        pressTest:
          "Press gently against the underside of the blade for about 10 seconds. If this is the source, the familiar pain appears at the back of the shoulder and sometimes around the wrist.",
        treatments: [
          {
            method: "fingers",
            gentle: true,
            position: "Sitting or lying on your back, the treated arm relaxed and a little away from the body, the hand resting on your belly.",
            technique:
              "Slide the fingertips of the other hand along the muscle at the back of the armpit onto the underside of the shoulder blade and press slowly toward the blade, not up into the hollow. Hold light pressure at or below about 4 out of 10; move off at once if you feel a pulse or tingling.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
          },
        ],
        followUp:
          "Stand in a doorway with the elbow bent to a right angle and the forearm against the frame, then turn the body gently away so the arm rotates outward; hold 30 seconds. Pendulum swings help too.",
        cautions: ["armpit"],
      },
      {
        id: "subscapularis-2",
        name: "Subscapularis, point 2 (upper part)",
        location: {
          region: "armpit",
          landmark: "Higher in the back of the armpit, on the front surface of the shoulder blade toward its upper outer corner.",
          depth: "deep",
        },
        prevalence: "rare",
        prevalenceSource: { source: "simons-1999", locator: "ch. 26" },
        referral: [
          { region: "shoulder-back", kind: "essential" },
          { region: "scapula", kind: "spillover" },
          { region: "arm-back", kind: "spillover" },
        ],
        symptoms: ["restricted-motion", "stiffness"],
        activatedBy: ["Overhead work with the arm turned in", "A dislocation or shoulder surgery"],
        find:
          "From point 1, move the fingertips a little higher along the underside of the shoulder blade, still coming in from the back wall of the armpit. It is easier to reach with the arm lifted a little away from the body.",
        pressTest:
          "Press gently for about 10 seconds. If this is the source, the deep ache at the back of the shoulder is reproduced.",
        treatments: [
          {
            method: "fingers",
            gentle: true,
            position: "Lying on your back, the treated arm resting out to the side on a pillow.",
            technique:
              "Work the fingertips in from the back wall of the armpit onto the blade and press softly, at or below about 4 out of 10. Never push into the hollow, and stop if you feel a pulse, tingling or numbness.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
          },
        ],
        followUp: "Lying on your back with the arm out to the side and the elbow bent, let the forearm fall slowly back toward the floor and hold 30 seconds.",
        cautions: ["armpit"],
      },
    ],
  },

  // ---------------------------------------------------------------- latissimus dorsi
  {
    id: "latissimus-dorsi",
    name: "Latissimus dorsi",
    about:
      "The broad muscle of the side and lower back that runs up to the front of the upper arm bone; it pulls the arm down and back, as in rowing, climbing or pushing up from a chair.",
    evidence: "Its mid-back ache often does not change with posture or activity, which can make it easy to miss.",
    sources: [
      { source: "simons-1999", locator: "ch. 24" },
      { source: "davies-2013", locator: "section on the latissimus dorsi" },
    ],
    triggerPoints: [
      {
        id: "latissimus-dorsi-1",
        name: "Latissimus dorsi, point 1 (back of the armpit)",
        location: {
          region: "shoulder-back",
          landmark: "In the back wall of the armpit, in the loose fold of muscle at about the level of the middle of the shoulder blade.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 24" },
        referral: [
          { region: "scapula-lower", kind: "essential" },
          { region: "shoulder-back", kind: "spillover" },
          { region: "armpit", kind: "spillover" },
          { region: "arm-inner", kind: "spillover" },
          { region: "forearm-volar-ulnar", kind: "spillover" },
          { region: "ring-finger", kind: "spillover" },
          { region: "little-finger", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["Pulling down or back with the arms, as in rowing, climbing or gardening", "Reaching up for long periods"],
        find:
          "Raise the treated arm and rest it on the head or a support. Grip the fold of muscle at the back of the armpit between thumb and fingers, a little lower than the armpit hollow.",
        pressTest:
          "Squeeze the fold for about 10 seconds. If this is the source, you feel your familiar ache around the lower tip of the shoulder blade, sometimes down the inner arm.",
        treatments: [
          {
            method: "pincer",
            gentle: true,
            position: "Sitting with the treated arm resting on the back of a chair or on top of the head.",
            technique:
              "Grip the fold between thumb and fingers and squeeze gently, working down its length. Stay on the muscle fold and keep it at or below about 5 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
          },
          {
            method: "fingers",
            gentle: false,
            position: "Sitting with the treated arm resting on the back of a chair.",
            technique: "Grip the fold firmly and make slow strokes down its length with the thumb, from the armpit toward the ribs, staying on the muscle.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
          },
        ],
        followUp: "Stand, hold a door frame overhead with the treated hand, and lean the hips away to lengthen the side of the body; hold 30 seconds.",
        cautions: ["armpit"],
      },
      {
        id: "latissimus-dorsi-2",
        name: "Latissimus dorsi, point 2 (side of the trunk)",
        location: {
          region: "ribs-side",
          landmark: "On the side of the trunk over the lower ribs, toward the back, where the muscle thins out.",
          depth: "superficial",
        },
        prevalence: "rare",
        prevalenceSource: { source: "simons-1999", locator: "ch. 24" },
        referral: [
          { region: "shoulder-front", kind: "essential" },
          { region: "ribs-side", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["Reaching up and pulling down repeatedly", "Tight clothing or a bra band over the area"],
        find:
          "Reach the treated arm overhead and feel along the side of the lower ribs toward the back. Pressing the raised arm down against resistance tightens the muscle.",
        pressTest:
          "Press for about 10 seconds. If this is the source, the familiar ache appears in the front of the shoulder and sometimes over the side of the trunk.",
        treatments: [
          {
            method: "large-ball",
            gentle: true,
            position: "Lying on your side on the floor, the soft ball under the side of the lower ribs toward the back, arm overhead.",
            technique: "Roll slowly a short distance, keeping the pressure at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
          },
          {
            method: "foam-roller",
            gentle: false,
            position: "Lying on your side with the roller under the side of the ribcage, the lower arm stretched overhead.",
            technique: "Roll slowly up and down over the lower ribs, stopping a hand's width below the armpit.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
          },
        ],
        followUp: "Reach overhead and bend the trunk to the other side, holding 30 seconds.",
        cautions: [],
      },
    ],
  },

  // ---------------------------------------------------------------- rhomboids
  {
    id: "rhomboids",
    name: "Rhomboids",
    about:
      "Two flat muscles between the spine and the inner edge of the shoulder blade, under the trapezius; they pull the shoulder blades together and hold them steady.",
    evidence:
      "Pain between the shoulder blades often comes from other muscles (neck, scalenes, serratus) or from the heart or spine; rhomboid points are usually found after those others.",
    sources: [
      { source: "simons-1999", locator: "ch. 27" },
      { source: "davies-2013", locator: "section on the rhomboids" },
    ],
    triggerPoints: [
      {
        id: "rhomboids-1",
        name: "Rhomboids, point 1 (upper)",
        location: {
          region: "scapula-medial",
          landmark: "Between the spine and the upper half of the inner edge of the shoulder blade, close to the blade.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 27" },
        referral: [
          { region: "scapula-medial", kind: "essential" },
          { region: "scapula-upper", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["Sitting with the shoulders rounded forward", "Long spells of reaching forward at a desk or workbench"],
        find:
          "Ask someone to help, or reach over the opposite shoulder. Feel along the inner edge of the shoulder blade; squeezing the shoulder blades together makes the muscle firm up just inside the edge.",
        pressTest:
          "Press for about 10 seconds. If this is the source, the familiar ache is felt along the inner edge of the shoulder blade.",
        treatments: [
          {
            method: "large-ball",
            gentle: true,
            position: "Standing with your back to a wall, the soft ball between the spine and the shoulder blade.",
            technique: "Hug yourself to move the shoulder blade out of the way, lean in, and roll slowly up and down, staying at or below about 5 out of 10. Keep the ball off the bony spine.",
            dose: { kind: "strokes", count: 12 },
            painCeiling: 5,
          },
          {
            method: "small-ball",
            gentle: false,
            position: "Lying on your back with the small ball beside the spine at the level of the upper shoulder blade, arms crossed over the chest.",
            technique: "Rest your weight on the ball and hold until the tenderness eases.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
          },
          {
            method: "hooked-cane",
            gentle: false,
            position:
              "Sitting. Hang the hook over the other shoulder, from the front, so the tip reaches across your upper back to the treated side and rests between the spine and the inner edge of the shoulder blade.",
            technique: "Pull the handle to press the tip in, and make short strokes along the edge.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
          },
        ],
        followUp: "Hug yourself, let the upper back round, and breathe slowly into the back for 30 seconds.",
        cautions: [],
      },
      {
        id: "rhomboids-2",
        name: "Rhomboids, point 2 (lower)",
        location: {
          region: "scapula-medial",
          landmark: "Between the spine and the lower half of the inner edge of the shoulder blade.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 27" },
        referral: [
          { region: "scapula-medial", kind: "essential" },
          { region: "scapula-upper", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["Round-shouldered posture", "Painting or other work with the arms raised in front"],
        find: "Feel just inside the lower half of the inner edge of the shoulder blade while squeezing the shoulder blades together.",
        pressTest:
          "Press for about 10 seconds. If this is the source, your familiar ache is reproduced along the inner edge of the shoulder blade.",
        treatments: [
          {
            method: "large-ball",
            gentle: true,
            position: "Standing with your back to a wall, the soft ball beside the lower inner edge of the shoulder blade.",
            technique: "Cross your arms to pull the shoulder blade outward and lean gently into the ball, at or below about 5 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
          },
          {
            method: "small-ball",
            gentle: false,
            position: "Lying on your back with the small ball beside the spine at the level of the lower shoulder blade.",
            technique: "Move the body slowly so the ball rolls a short way up and down beside the spine, not on it.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
          },
        ],
        followUp: "Round the upper back with the arms crossed, then slowly squeeze the shoulder blades together and relax, ten times.",
        cautions: [],
      },
    ],
  },

  // ---------------------------------------------------------------- serratus anterior
  {
    id: "serratus-anterior",
    name: "Serratus anterior",
    about:
      "A saw-toothed muscle on the side of the ribcage that holds the shoulder blade against the ribs and pulls it forward, as in pushing or punching; it also helps with deep breathing.",
    evidence:
      "Its side-of-chest pain and shortness of breath can be mistaken for heart or lung trouble, and heart or lung trouble can be mistaken for it: chest pain with breathlessness, sweating or nausea needs urgent medical help.",
    sources: [
      { source: "simons-1999", locator: "ch. 47" },
      { source: "davies-2013", locator: "section on the serratus anterior" },
    ],
    triggerPoints: [
      {
        id: "serratus-anterior-1",
        name: "Serratus anterior, point 1",
        location: {
          region: "ribs-side",
          landmark: "On the side of the chest in line with the middle of the armpit, over the fifth or sixth rib, roughly at the level of the nipple.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 47" },
        referral: [
          { region: "ribs-side", kind: "essential" },
          { region: "scapula-lower", kind: "essential" },
          { region: "arm-inner", kind: "spillover" },
          { region: "forearm-volar-ulnar", kind: "spillover" },
          { region: "ring-finger", kind: "spillover" },
          { region: "little-finger", kind: "spillover" },
        ],
        symptoms: ["breathlessness"],
        activatedBy: [
          "Heavy coughing, hard running or other very deep, fast breathing",
          "Push-ups, chin-ups or lifting heavy objects overhead",
          "Anxiety with upper-chest breathing",
        ],
        find:
          "Feel the side of your ribcage below the armpit, at nipple level. Press your hand forward against a wall and you will feel the ridges of the muscle tighten over the ribs.",
        pressTest:
          "Press on a rib-level ridge for about 10 seconds. If this is the source, the familiar stitch-like pain spreads over the side of the chest, sometimes to the lower tip of the shoulder blade.",
        treatments: [
          {
            method: "large-ball",
            gentle: true,
            position: "Standing sideways to a wall, the soft ball between the wall and the side of your ribs, below the armpit.",
            technique:
              "Lean in gently and make small up-and-down movements over the ribs, at or below about 5 out of 10. Keep the ball a hand's width below the armpit hollow and off breast tissue.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
          },
          {
            method: "fingers",
            gentle: false,
            position: "Sitting, the treated arm resting on a table.",
            technique: "Press the fingertips of the other hand between and along the ribs on the side of the chest and hold on tender spots.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
          },
        ],
        followUp:
          "Stand in a doorway, rest the treated forearm on the frame behind you and turn the chest gently away while taking slow, full breaths; hold 30 seconds.",
        cautions: ["chest-and-breast", "armpit-border"],
      },
    ],
  },

  // ---------------------------------------------------------------- serratus posterior superior
  {
    id: "serratus-posterior-superior",
    name: "Serratus posterior superior",
    about:
      "A thin muscle under the shoulder blade that runs from the base of the neck to the upper ribs; it lifts the upper ribs when breathing in.",
    evidence: "Its numbness and pain into the little finger resemble a pinched nerve in the neck (C8) or ulnar nerve trouble, which should be ruled out.",
    sources: [
      { source: "simons-1999", locator: "ch. 45" },
      { source: "davies-2013", locator: "section on the serratus posterior superior" },
    ],
    triggerPoints: [
      {
        id: "serratus-posterior-superior-1",
        name: "Serratus posterior superior, point 1",
        location: {
          region: "scapula-medial",
          landmark:
            "Under the upper inner corner of the shoulder blade; it can only be reached when the shoulder blade is pulled outward by hugging yourself or hanging the arm forward.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 45" },
        referral: [
          { region: "scapula", kind: "essential" },
          { region: "shoulder-back", kind: "essential" },
          { region: "arm-back", kind: "spillover" },
          { region: "elbow-back", kind: "spillover" },
          { region: "forearm-dorsal-ulnar", kind: "spillover" },
          { region: "little-finger", kind: "spillover" },
        ],
        symptoms: ["numbness-tingling"],
        activatedBy: ["Breathing mainly with the upper chest", "Long sessions writing or typing at a desk that is too high", "Chronic cough"],
        find:
          "Hug yourself tightly so the shoulder blade slides out. With the other hand, or a helper, feel over the ribs just inside the upper inner corner of the shoulder blade.",
        pressTest:
          "Press against the ribs for about 10 seconds. If this is the source, a deep ache spreads under the shoulder blade and sometimes down the back of the arm to the little finger.",
        treatments: [
          {
            method: "large-ball",
            gentle: true,
            position: "Standing with your back to a wall, arms crossed to pull the shoulder blade outward, the soft ball just inside its upper inner corner.",
            technique: "Lean in gently and hold, keeping pressure on the ribs beside the spine rather than the spine itself, at or below about 5 out of 10.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
          },
          {
            method: "small-ball",
            gentle: false,
            position: "Lying on your back, arms crossed over the chest, the small ball under the upper inner corner of the shoulder blade.",
            technique: "Let your weight rest on the ball and make small shifts to find the tender spot; hold there until it eases.",
            dose: { kind: "hold", seconds: 45 },
            painCeiling: 5,
          },
        ],
        followUp: "Hug yourself, round the upper back and take five slow breaths into the back of the ribs.",
        cautions: [],
      },
    ],
  },

  // ---------------------------------------------------------------- deltoid
  {
    id: "deltoid",
    name: "Deltoid",
    about: "The rounded cap of muscle over the shoulder, in front, side and back parts; it lifts the arm forward, out to the side and back.",
    evidence:
      "Deltoid pain stays close to the muscle itself; because rotator cuff and biceps problems hurt in the same place, a shoulder that stays painful despite self-care should be examined.",
    sources: [
      { source: "simons-1999", locator: "ch. 28" },
      { source: "davies-2013", locator: "section on the deltoids" },
    ],
    triggerPoints: [
      {
        id: "deltoid-anterior-1",
        name: "Front deltoid, point 1",
        location: {
          region: "shoulder-front",
          landmark: "On the front of the shoulder, in the front part of the rounded muscle cap, a few finger-widths below the collarbone end.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "bron-2011", locator: "abstract: latent points second most often in the anterior deltoid (38%)" },
        referral: [
          { region: "shoulder-front", kind: "essential" },
          { region: "shoulder-side", kind: "spillover" },
          { region: "arm-front", kind: "spillover" },
        ],
        symptoms: ["pain-on-loading"],
        activatedBy: ["Lifting heavy things in front of you", "A blow to the front of the shoulder", "Recoil of a gun or a sudden jolt"],
        find: "Press your fingers into the front of the shoulder cap and lift the arm forward against resistance: the front part of the muscle hardens.",
        pressTest:
          "Press for about 10 seconds. If this is the source, the ache spreads over the front and side of the shoulder.",
        treatments: [
          {
            method: "large-ball",
            gentle: true,
            position: "Standing facing a door frame or wall corner, the soft ball between the wall and the front of your shoulder.",
            technique: "Lean in gently and make slow small strokes up and down the front of the shoulder, at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 12 },
            painCeiling: 5,
          },
          {
            method: "fingers",
            gentle: false,
            position: "Sitting with the forearm resting on the lap.",
            technique: "Press with the thumb or fingertips of the other hand and stroke slowly down the muscle fibres from the collarbone toward the arm.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
          },
          {
            method: "small-ball",
            gentle: false,
            position: "Standing facing a wall corner, a small ball on the front of the shoulder.",
            technique: "Lean into the ball and hold on the tender spot until it eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
          },
        ],
        followUp: "Clasp the hands behind your back and slowly lift them a little to open the front of the shoulder; hold 30 seconds.",
        cautions: [],
      },
      {
        id: "deltoid-middle-1",
        name: "Middle deltoid, point 1",
        location: {
          region: "shoulder-side",
          landmark: "On the outer side of the shoulder, in the middle of the muscle cap, about three finger-widths below the bony shoulder tip.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 28" },
        referral: [
          { region: "shoulder-side", kind: "essential" },
          { region: "arm-outer", kind: "spillover" },
        ],
        symptoms: ["pain-on-loading"],
        activatedBy: ["Holding the arm out to the side for long periods", "Carrying heavy bags with the arm held away from the body"],
        find: "Put your fingers on the outer shoulder and lift the arm a little out to the side: the middle part of the muscle bulges under your fingers.",
        pressTest: "Press for about 10 seconds. If this is the source, the ache spreads over the outer shoulder.",
        treatments: [
          {
            method: "large-ball",
            gentle: true,
            position: "Standing sideways to a wall, the soft ball between the wall and the outer shoulder.",
            technique: "Lean in and roll the ball slowly up and down the side of the shoulder, at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 12 },
            painCeiling: 5,
          },
          {
            method: "fingers",
            gentle: false,
            position: "Sitting with the arm relaxed at your side.",
            technique: "Press with the fingertips of the other hand and make slow strokes down the muscle.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
          },
        ],
        followUp: "Reach the arm behind the back toward the opposite hip and hold gently for 30 seconds.",
        cautions: [],
      },
      {
        id: "deltoid-posterior-1",
        name: "Back deltoid, point 1",
        location: {
          region: "shoulder-back",
          landmark: "On the back of the shoulder, in the back part of the muscle cap, below the outer end of the shoulder blade ridge.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 28" },
        referral: [
          { region: "shoulder-back", kind: "essential" },
          { region: "arm-back", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["Reaching back repeatedly", "Pulling or rowing movements"],
        find: "Feel the back of the shoulder cap and pull the arm backward against resistance so the back part of the muscle tightens.",
        pressTest: "Press for about 10 seconds. If this is the source, the ache spreads over the back of the shoulder and sometimes the back of the arm.",
        treatments: [
          {
            method: "large-ball",
            gentle: true,
            position: "Standing with your back to a wall, the soft ball behind the back of the shoulder.",
            technique: "Lean in gently and roll slowly up and down the back of the shoulder, at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 12 },
            painCeiling: 5,
          },
          {
            method: "small-ball",
            gentle: false,
            position: "Lying on your back with a small ball under the back of the shoulder.",
            technique: "Let the arm rest by your side and hold on the tender spot until it eases.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
          },
        ],
        followUp: "Pull the arm across the front of the chest with the other hand and hold 30 seconds.",
        cautions: [],
      },
    ],
  },

  // ---------------------------------------------------------------- coracobrachialis
  {
    id: "coracobrachialis",
    name: "Coracobrachialis",
    about: "A slim muscle high on the inner upper arm, from a hook of bone under the collarbone to the middle of the arm bone; it helps bring the arm forward and in toward the body.",
    evidence: "Its pain down the back of the arm and hand can look like a pinched nerve in the neck, and the musculocutaneous nerve passes through it.",
    sources: [
      { source: "simons-1999", locator: "ch. 29" },
      { source: "davies-2013", locator: "section on the coracobrachialis" },
    ],
    triggerPoints: [
      {
        id: "coracobrachialis-1",
        name: "Coracobrachialis, point 1",
        location: {
          region: "arm-inner",
          landmark: "High on the inner upper arm at the front edge of the armpit, between the biceps in front and the arm bone, a few finger-widths below the armpit.",
          depth: "deep",
        },
        prevalence: "rare",
        prevalenceSource: { source: "simons-1999", locator: "ch. 29" },
        referral: [
          { region: "shoulder-front", kind: "essential" },
          { region: "arm-back", kind: "spillover" },
          { region: "forearm-dorsal-radial", kind: "spillover" },
          { region: "hand-dorsal", kind: "spillover" },
          { region: "middle-finger", kind: "spillover" },
        ],
        symptoms: ["restricted-motion"],
        activatedBy: ["Carrying heavy objects against the chest", "Climbing or rock climbing", "Push-ups and chest exercises"],
        find:
          "Raise the treated arm slightly out to the side and rest it on a support. Push the fingers of the other hand in behind the biceps, high up where the arm meets the armpit, and press toward the arm bone.",
        pressTest:
          "Press toward the bone for about 10 seconds. If this is the source, your familiar ache is felt in the front of the shoulder and sometimes down the back of the arm.",
        treatments: [
          {
            method: "fingers",
            gentle: true,
            position: "Sitting with the treated arm resting on a table, a little away from the body.",
            technique:
              "Press the fingertips lightly toward the arm bone, just behind the biceps, and hold at or below about 4 out of 10. Stay on the arm, not in the armpit hollow; move off if you feel a pulse or tingling.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
          },
        ],
        followUp: "Stand in a doorway and take the straight arm back and slightly out, palm forward, holding 30 seconds.",
        cautions: ["armpit"],
      },
    ],
  },

  // ---------------------------------------------------------------- biceps brachii
  {
    id: "biceps-brachii",
    name: "Biceps brachii",
    about: "The two-headed muscle at the front of the upper arm; it bends the elbow and turns the palm up.",
    evidence: "Its front-of-shoulder ache overlaps with biceps tendon problems, which can be tender in the same groove; pain after a pop or a sudden bulge needs examination.",
    sources: [
      { source: "simons-1999", locator: "ch. 30" },
      { source: "davies-2013", locator: "section on the biceps" },
    ],
    triggerPoints: [
      {
        id: "biceps-brachii-1",
        name: "Biceps, point 1 (outer head)",
        location: {
          region: "arm-front",
          landmark: "In the outer half of the biceps belly, a little below the middle of the upper arm.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 30" },
        referral: [
          { region: "shoulder-front", kind: "essential" },
          { region: "arm-front", kind: "essential" },
          { region: "elbow-front", kind: "spillover" },
          { region: "scapula-upper", kind: "spillover" },
        ],
        symptoms: ["pain-on-loading"],
        activatedBy: ["Carrying heavy loads with bent elbows", "Repeated turning of a screwdriver or a stiff door handle", "Lifting with the palm up"],
        find: "Bend your elbow against resistance with the palm up, and pinch the outer half of the bulging muscle in the lower half of the arm.",
        pressTest:
          "Squeeze or press for about 10 seconds. If this is the source, the ache spreads up over the front of the shoulder.",
        treatments: [
          {
            method: "pincer",
            gentle: true,
            position: "Sitting with the treated arm resting on a table, elbow slightly bent, palm up.",
            technique: "Lift the muscle between thumb and fingers and squeeze gently, at or below about 5 out of 10. Work your way along the belly.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
          },
          {
            method: "large-ball",
            gentle: true,
            position: "Sitting with the arm on a table, palm up, and the soft ball under the other hand.",
            technique: "Press the ball onto the biceps with the other hand and roll slowly along the muscle, staying above the elbow crease.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
          },
          {
            method: "fingers",
            gentle: false,
            position: "Sitting with the arm resting on a table, palm up.",
            technique: "Stroke slowly along the muscle with the thumb, from the elbow toward the shoulder, stopping above the crease.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
          },
        ],
        followUp: "Straighten the arm behind you with the palm on a table edge and lean gently forward, holding 30 seconds.",
        cautions: ["elbow-crease"],
      },
      {
        id: "biceps-brachii-2",
        name: "Biceps, point 2 (inner head)",
        location: {
          region: "arm-front",
          landmark: "In the inner half of the biceps belly, a little below the middle of the upper arm.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 30" },
        referral: [
          { region: "shoulder-front", kind: "essential" },
          { region: "arm-front", kind: "essential" },
          { region: "elbow-front", kind: "spillover" },
          { region: "scapula-upper", kind: "spillover" },
        ],
        symptoms: ["pain-on-loading"],
        activatedBy: ["Lifting heavy objects with the palms up", "Playing stringed instruments or carrying shopping with bent arms"],
        find:
          "With the elbow bent against resistance, pinch the inner half of the muscle. Keep your grip on the muscle itself: the groove on the inner side, where you feel a pulse, holds an artery and nerve.",
        pressTest: "Squeeze for about 10 seconds. If this is the source, the familiar ache appears in the front of the shoulder.",
        treatments: [
          {
            method: "pincer",
            gentle: true,
            position: "Sitting, the arm resting on a table with the palm up.",
            technique: "Lift the inner half of the muscle away from the bone with thumb and fingers and squeeze gently, at or below about 5 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
          },
          {
            method: "fingers",
            gentle: false,
            position: "Sitting with the arm resting on a table, palm up.",
            technique: "Stroke slowly up the muscle with the thumb, staying out of the inner groove where you feel a pulse.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
          },
        ],
        followUp: "Straighten the arm fully with the palm turned down and take it slightly behind you; hold 30 seconds.",
        cautions: ["elbow-crease"],
      },
    ],
  },

  // ---------------------------------------------------------------- brachialis
  {
    id: "brachialis",
    name: "Brachialis",
    about: "A strong muscle under the biceps in the lower front of the upper arm; it is the main muscle that bends the elbow.",
    evidence:
      "Pain and numbness at the base of the thumb from this muscle can be confused with thumb joint arthritis or carpal tunnel trouble; a branch of the radial nerve runs along its outer edge.",
    sources: [
      { source: "simons-1999", locator: "ch. 31" },
      { source: "davies-2013", locator: "section on the brachialis" },
    ],
    triggerPoints: [
      {
        id: "brachialis-1",
        name: "Brachialis, point 1 (above the elbow)",
        location: {
          region: "arm-front",
          landmark: "A few finger-widths above the elbow crease, under the outer edge of the biceps.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 31" },
        referral: [
          { region: "thumb", kind: "essential" },
          { region: "hand-dorsal", kind: "spillover" },
          { region: "elbow-front", kind: "spillover" },
          { region: "arm-front", kind: "spillover" },
        ],
        symptoms: ["numbness-tingling"],
        activatedBy: ["Carrying heavy loads with bent elbows", "Playing guitar or violin", "Sleeping with the elbow sharply bent"],
        find:
          "Bend the elbow a little and relax the arm on a table. Push the biceps toward the inner side with your thumb and feel under its outer edge, a few finger-widths above the crease.",
        pressTest:
          "Press for about 10 seconds. If this is the source, the familiar ache appears at the base of the thumb.",
        treatments: [
          {
            method: "fingers",
            gentle: true,
            position: "Sitting with the arm resting on a table, elbow slightly bent, palm up.",
            technique:
              "Press the thumb slowly in under the outer edge of the biceps and hold. Stay above the crease. Tingling into the back of the hand or the thumb means you are on the nerve, so move off.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
          },
          {
            method: "large-ball",
            gentle: true,
            position: "Sitting with the arm on a table, palm up, the soft ball under the other hand.",
            technique:
              "Rest the ball on the outer front of the arm a hand's width above the crease and press gently. Roll it slowly upward from there and back, never down onto the crease.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
          },
        ],
        followUp: "Straighten the elbow fully and rest it straight on a table for 30 seconds, then bend and straighten it slowly ten times.",
        cautions: ["elbow-crease", "radial-nerve"],
      },
      {
        id: "brachialis-2",
        name: "Brachialis, point 2 (middle of the arm)",
        location: {
          region: "arm-front",
          landmark: "In the middle of the front of the upper arm, deep to the biceps, reached from either edge of the biceps.",
          depth: "deep",
        },
        prevalence: "rare",
        prevalenceSource: { source: "simons-1999", locator: "ch. 31" },
        referral: [
          { region: "thumb", kind: "essential" },
          { region: "arm-front", kind: "spillover" },
          { region: "shoulder-front", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["Repeated lifting with the palms down", "Ironing or other long tasks with a bent elbow"],
        find: "With the arm relaxed, slip your fingers under the outer edge of the biceps halfway up the arm and press in toward the bone.",
        pressTest: "Press for about 10 seconds. If this is the source, the ache is felt at the base of the thumb or the front of the arm.",
        treatments: [
          {
            method: "large-ball",
            gentle: true,
            position: "Sitting with the arm on a table, palm up, the soft ball under the other hand.",
            technique: "Press the ball onto the middle of the front of the arm and roll slowly along it, keeping the pressure at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
          },
          {
            method: "fingers",
            gentle: true,
            position: "Sitting with the arm relaxed on a table, palm up.",
            technique: "Push the biceps aside and press gently into the muscle beneath, at or below about 4 out of 10. Move off if tingling appears.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
          },
        ],
        followUp: "Straighten the elbow fully and hold for 30 seconds.",
        cautions: ["radial-nerve"],
      },
    ],
  },

  // ---------------------------------------------------------------- triceps brachii
  {
    id: "triceps-brachii",
    name: "Triceps brachii",
    about: "The three-headed muscle at the back of the upper arm; it straightens the elbow, and its long head also helps pull the arm back.",
    evidence:
      "Its points near the elbow can mimic tennis elbow or golfer's elbow, and the radial and ulnar nerves pass close by; numbness or weakness in the hand needs checking.",
    sources: [
      { source: "simons-1999", locator: "ch. 32" },
      { source: "davies-2013", locator: "section on the triceps" },
    ],
    triggerPoints: [
      {
        id: "triceps-brachii-1",
        name: "Triceps, point 1 (long head)",
        location: {
          region: "arm-back",
          landmark: "In the long head at the back of the arm, a few finger-widths below where the back of the armpit meets the arm.",
          depth: "superficial",
        },
        prevalence: "common",
        prevalenceSource: { source: "simons-1999", locator: "ch. 32" },
        referral: [
          { region: "arm-back", kind: "essential" },
          { region: "shoulder-back", kind: "essential" },
          { region: "neck-base", kind: "spillover" },
          { region: "forearm-dorsal-ulnar", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["Crutches or pushing up from a chair", "Tennis, golf or other repeated pushing", "Long sessions with the elbow on the armrest"],
        find: "Grip the inner back of the upper arm high up with the other hand; straightening the elbow against resistance makes the long head firm.",
        pressTest:
          "Squeeze for about 10 seconds. If this is the source, the ache runs up the back of the arm into the back of the shoulder.",
        treatments: [
          {
            method: "pincer",
            gentle: true,
            position: "Sitting with the treated arm resting on a table.",
            technique: "Grip the long head between thumb and fingers and squeeze gently, working along it, at or below about 5 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
          },
          {
            method: "large-ball",
            gentle: true,
            position: "Lying on your back with the arm raised, elbow bent, and the soft ball under the back of the upper arm.",
            technique: "Let the weight of the arm rest on the ball and roll it slowly along the back of the arm.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
          },
          {
            method: "foam-roller",
            gentle: false,
            position: "Lying on your side with the arm overhead and the roller under the back of the upper arm.",
            technique: "Roll slowly from just below the armpit fold to above the elbow and back.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
          },
        ],
        followUp: "Lift the arm overhead, bend the elbow so the hand drops behind the head, and gently pull the elbow back with the other hand for 30 seconds.",
        cautions: [],
      },
      {
        id: "triceps-brachii-2",
        name: "Triceps, point 2 (above the outer elbow)",
        location: {
          region: "arm-back",
          landmark: "Deep at the outer back of the lower arm, a few finger-widths above the bony knob on the outside of the elbow.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 32" },
        referral: [
          { region: "elbow-outer", kind: "essential" },
          { region: "forearm-dorsal-radial", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["Repeated pushing or hammering", "Tennis backhands"],
        find: "Feel a few finger-widths above the outer elbow knob, toward the back of the arm, while straightening the elbow against resistance.",
        pressTest: "Press for about 10 seconds. If this is the source, the ache appears at the outer elbow.",
        treatments: [
          {
            method: "fingers",
            gentle: true,
            position: "Sitting with the forearm resting on a table.",
            technique: "Press slowly with the fingertips and hold, at or below about 4 out of 10. Move off if tingling runs into the back of the hand.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
          },
          {
            method: "small-ball",
            gentle: false,
            position: "Sitting at a table, the small ball under the other hand.",
            technique: "Roll the ball slowly over the lower outer back of the arm, above the elbow knob.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 4,
          },
        ],
        followUp: "Bend the elbow fully and hold for 30 seconds, then reach the hand behind the head.",
        cautions: ["radial-nerve"],
      },
      {
        id: "triceps-brachii-3",
        name: "Triceps, point 3 (outer head)",
        location: {
          region: "arm-back",
          landmark: "In the outer head, on the outer back of the upper arm about halfway between shoulder and elbow.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 32" },
        referral: [
          { region: "arm-back", kind: "essential" },
          { region: "forearm-dorsal-ulnar", kind: "spillover" },
          { region: "ring-finger", kind: "spillover" },
          { region: "little-finger", kind: "spillover" },
        ],
        symptoms: ["numbness-tingling"],
        activatedBy: ["Push-ups or dips", "Using a walking stick that is the wrong length"],
        find: "Feel the outer back of the upper arm halfway down while straightening the elbow against resistance; the outer head bulges there.",
        pressTest: "Press for about 10 seconds. If this is the source, the ache spreads over the back of the arm.",
        treatments: [
          {
            method: "large-ball",
            gentle: true,
            position: "Standing sideways to a wall, the soft ball between the wall and the outer back of the upper arm.",
            technique: "Lean in gently and make slow strokes up and down, at or below about 4 out of 10. Move off if tingling runs into the hand.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 4,
          },
          {
            method: "pincer",
            gentle: true,
            position: "Sitting with the arm resting on a table.",
            technique: "Grip the outer back of the arm between thumb and fingers and squeeze gently, holding on tender spots.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
          },
        ],
        followUp: "Drop the hand behind the head and gently pull the elbow back with the other hand for 30 seconds.",
        cautions: ["radial-nerve"],
      },
      {
        id: "triceps-brachii-4",
        name: "Triceps, point 4 (near the elbow point)",
        location: {
          region: "elbow-back",
          landmark: "Deep in the muscle just above the bony point of the elbow.",
          depth: "deep",
        },
        prevalence: "rare",
        prevalenceSource: { source: "simons-1999", locator: "ch. 32" },
        referral: [
          { region: "elbow-back", kind: "essential" },
        ],
        symptoms: [],
        activatedBy: ["Leaning on the elbows", "Repeated forceful straightening of the arm"],
        find: "Feel just above the bony point of the elbow with the arm relaxed.",
        pressTest: "Press for about 10 seconds. If this is the source, the familiar ache appears at the point of the elbow.",
        treatments: [
          {
            method: "fingers",
            gentle: true,
            position: "Sitting with the forearm resting on a table.",
            technique: "Press slowly with the thumb just above the elbow point and hold, at or below about 4 out of 10. Keep off the groove on the inner side of the elbow.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
          },
        ],
        followUp: "Bend the elbow fully and hold for 30 seconds.",
        cautions: ["ulnar-nerve"],
      },
      {
        id: "triceps-brachii-5",
        name: "Triceps, point 5 (above the inner elbow)",
        location: {
          region: "arm-back",
          landmark: "On the inner back of the lower arm, a few finger-widths above the bony knob on the inside of the elbow.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 32" },
        referral: [
          { region: "elbow-inner", kind: "essential" },
          { region: "forearm-volar-ulnar", kind: "spillover" },
          { region: "ring-finger", kind: "spillover" },
          { region: "little-finger", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["Repeated pushing or lifting", "Golf and racquet sports"],
        find: "Feel the inner back of the arm just above the inner elbow knob while straightening the elbow.",
        pressTest: "Press for about 10 seconds. If this is the source, the ache appears at the inner elbow and sometimes the inner forearm.",
        treatments: [
          {
            method: "fingers",
            gentle: true,
            position: "Sitting with the forearm resting on a table.",
            technique:
              "Press slowly with the fingertips on the muscle above the inner elbow and hold, at or below about 4 out of 10. Stay out of the groove behind the inner elbow knob; an electric feeling into the little finger means move away.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
          },
        ],
        followUp: "Drop the hand behind the head and gently pull the elbow back for 30 seconds.",
        cautions: ["ulnar-nerve"],
      },
    ],
  },

  // ---------------------------------------------------------------- anconeus
  {
    id: "anconeus",
    name: "Anconeus",
    about: "A small triangular muscle at the back of the elbow, between the elbow point and the outer bony knob; it helps straighten the elbow and steadies the joint.",
    evidence: "Its pain sits at the outer elbow and can be part of what is called tennis elbow.",
    sources: [
      { source: "simons-1999", locator: "ch. 32" },
      { source: "davies-2013", locator: "section on the anconeus" },
    ],
    triggerPoints: [
      {
        id: "anconeus-1",
        name: "Anconeus, point 1",
        location: {
          region: "elbow-outer",
          landmark: "Just behind and below the bony knob on the outside of the elbow, between it and the elbow point.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 32" },
        referral: [
          { region: "elbow-outer", kind: "essential" },
        ],
        symptoms: [],
        activatedBy: ["Repeated straightening of the elbow against resistance", "Tennis or hammering"],
        find: "Put a fingertip in the small soft triangle between the outer elbow knob and the elbow point, and straighten the elbow: the muscle tightens there.",
        pressTest: "Press for about 10 seconds. If this is the source, the familiar ache is felt over the outer elbow.",
        treatments: [
          {
            method: "fingers",
            gentle: true,
            position: "Sitting with the forearm resting on a table.",
            technique: "Press a fingertip into the muscle and make short slow strokes, at or below about 5 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
          },
          {
            method: "small-ball",
            gentle: false,
            position: "Sitting at a table, the small ball under the other hand.",
            technique: "Press the ball into the soft triangle at the back of the outer elbow and hold.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
          },
        ],
        followUp: "Bend and straighten the elbow slowly ten times, then hold it fully bent for 30 seconds.",
        cautions: [],
      },
    ],
  },

  // ---------------------------------------------------------------- pectoralis major
  {
    id: "pectoralis-major",
    name: "Pectoralis major",
    about: "The large fan-shaped chest muscle from the collarbone and breastbone to the upper arm; it pulls the arm forward and across the body.",
    evidence:
      "Its chest pain can closely resemble heart pain (angina), and heart pain can be felt in the chest wall too: new chest pain, or chest pain with breathlessness, sweating or nausea, must be checked by a doctor first.",
    sources: [
      { source: "simons-1999", locator: "ch. 42" },
      { source: "davies-2013", locator: "section on the pectoralis major" },
    ],
    triggerPoints: [
      {
        id: "pectoralis-major-clavicular-1",
        name: "Pectoralis major, collarbone part, point 1",
        location: {
          region: "clavicle",
          landmark: "Just below the middle of the collarbone, in the upper part of the chest muscle.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 42" },
        referral: [
          { region: "shoulder-front", kind: "essential" },
          { region: "clavicle", kind: "essential" },
        ],
        symptoms: ["restricted-motion"],
        activatedBy: ["Round-shouldered sitting", "Lifting heavy things in front of you", "Sleeping on the side with the arm pulled across"],
        find: "Put your fingers just below the middle of the collarbone and push the arm forward and up against resistance; the upper part of the chest muscle tightens there.",
        pressTest: "Press for about 10 seconds. If this is the source, the ache appears in the front of the shoulder.",
        treatments: [
          {
            method: "large-ball",
            gentle: true,
            position: "Standing facing a door frame or wall corner, the soft ball between the wall and the area below your collarbone.",
            technique: "Lean in gently and roll the ball slowly a short way, at or below about 5 out of 10. Keep it on muscle, not on breast tissue.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
          },
          {
            method: "fingers",
            gentle: false,
            position: "Sitting or lying on your back.",
            technique: "Press with the fingertips below the collarbone and stroke slowly outward toward the shoulder.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
          },
        ],
        followUp: "Stand in a doorway with the forearm on the frame below shoulder height and step through gently; hold 30 seconds.",
        cautions: ["chest-and-breast"],
      },
      {
        id: "pectoralis-major-sternal-1",
        name: "Pectoralis major, breastbone part, point 1 (middle)",
        location: {
          region: "chest",
          landmark: "In the middle of the chest muscle, about halfway between the breastbone and the front fold of the armpit, above the nipple line.",
          depth: "superficial",
        },
        prevalence: "common",
        prevalenceSource: { source: "simons-1999", locator: "ch. 42" },
        referral: [
          { region: "chest", kind: "essential" },
          { region: "arm-inner", kind: "spillover" },
          { region: "elbow-inner", kind: "spillover" },
          { region: "forearm-volar-ulnar", kind: "spillover" },
          { region: "ring-finger", kind: "spillover" },
          { region: "little-finger", kind: "spillover" },
        ],
        symptoms: ["restricted-motion"],
        activatedBy: ["Long periods with the arms forward and shoulders rounded", "Heavy lifting or bench pressing", "Anxiety with shallow chest breathing"],
        find: "Grip the front fold of the armpit between thumb and fingers, or press flat on the chest muscle halfway toward the breastbone while pushing the hands together.",
        pressTest: "Squeeze or press for about 10 seconds. If this is the source, the ache spreads over the chest and sometimes down the inner arm.",
        treatments: [
          {
            method: "large-ball",
            gentle: true,
            position: "Standing facing a door frame or wall corner, the soft ball between the wall and the chest muscle.",
            technique:
              "Lean in gently and make slow short strokes, at or below about 5 out of 10. Keep the ball on the chest muscle, off breast tissue and out of the armpit.",
            dose: { kind: "strokes", count: 12 },
            painCeiling: 5,
          },
          {
            method: "pincer",
            gentle: true,
            position: "Sitting with the treated arm resting on a table.",
            technique: "Grip the front fold of the armpit between thumb and fingers and squeeze along the muscle, keeping out of the hollow.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
          },
          {
            method: "small-ball",
            gentle: false,
            position: "Standing facing a wall corner, a small ball on the chest muscle.",
            technique: "Lean into the ball and hold on the tender spot until it eases. Keep it on the chest muscle, off breast tissue and away from the armpit.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
          },
        ],
        followUp: "Stand in a doorway with the forearm on the frame at shoulder height and step through gently; hold 30 seconds.",
        cautions: ["chest-and-breast", "armpit-border"],
      },
      {
        id: "pectoralis-major-sternal-2",
        name: "Pectoralis major, breastbone part, point 2 (beside the breastbone)",
        location: {
          region: "chest",
          landmark: "Just beside the edge of the breastbone, in the inner end of the chest muscle.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 42" },
        referral: [
          { region: "sternum", kind: "essential" },
          { region: "chest", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["Hunched sitting", "Heavy pushing"],
        find: "Feel along the edge of the breastbone with your fingertips while pressing the hands together in front of the chest.",
        pressTest: "Press for about 10 seconds. If this is the source, the ache is felt over the breastbone.",
        treatments: [
          {
            method: "large-ball",
            gentle: true,
            position: "Standing facing a wall, the soft ball just beside the breastbone.",
            technique: "Lean gently into the ball and roll a short way up and down, at or below about 5 out of 10, keeping it on muscle beside the bone.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 5,
          },
          {
            method: "fingers",
            gentle: true,
            position: "Sitting or lying on your back.",
            technique: "Press lightly with the fingertips beside the breastbone and hold, at or below about 5 out of 10.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
          },
        ],
        followUp: "Clasp the hands behind the back, open the chest and take slow breaths for 30 seconds.",
        cautions: ["chest-and-breast"],
      },
      {
        id: "pectoralis-major-costal-1",
        name: "Pectoralis major, lower rib part, point 1",
        location: {
          region: "chest",
          landmark: "In the lower outer edge of the chest muscle, near the front fold of the armpit below the nipple line.",
          depth: "superficial",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 42" },
        referral: [
          { region: "chest", kind: "essential" },
        ],
        symptoms: [],
        activatedBy: ["Heavy lifting", "Tight bra straps or bands"],
        find: "Grip the lower edge of the front armpit fold between thumb and fingers, low down toward the ribs.",
        pressTest: "Squeeze for about 10 seconds. If this is the source, soreness or tenderness spreads over the breast or chest.",
        treatments: [
          {
            method: "pincer",
            gentle: true,
            position: "Sitting or lying on your back with the arm resting out to the side.",
            technique: "Grip the muscle edge between thumb and fingers and squeeze gently, at or below about 5 out of 10, working along the lower edge. Keep off breast tissue.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 5,
          },
        ],
        followUp: "Stand in a doorway with the forearm high on the frame and step through gently; hold 30 seconds.",
        cautions: ["chest-and-breast", "armpit-border"],
      },
    ],
  },

  // ---------------------------------------------------------------- pectoralis minor
  {
    id: "pectoralis-minor",
    name: "Pectoralis minor",
    about: "A thin muscle under the large chest muscle, from the upper ribs to a hook of bone below the collarbone; it pulls the shoulder forward and down.",
    evidence:
      "When tight it can press on the nerves and vessels going to the arm, giving numbness that resembles a pinched neck nerve or carpal tunnel syndrome; these should be ruled out.",
    sources: [
      { source: "simons-1999", locator: "ch. 44" },
      { source: "davies-2013", locator: "section on the pectoralis minor" },
    ],
    triggerPoints: [
      {
        id: "pectoralis-minor-1",
        name: "Pectoralis minor, point 1 (upper)",
        location: {
          region: "clavicle",
          landmark: "Below the outer third of the collarbone, a little in from the bony hook you feel in the hollow below the collarbone, deep to the large chest muscle.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 44" },
        referral: [
          { region: "shoulder-front", kind: "essential" },
          { region: "chest", kind: "spillover" },
          { region: "arm-inner", kind: "spillover" },
          { region: "elbow-inner", kind: "spillover" },
          { region: "forearm-volar-ulnar", kind: "spillover" },
          { region: "middle-finger", kind: "spillover" },
          { region: "ring-finger", kind: "spillover" },
          { region: "little-finger", kind: "spillover" },
        ],
        symptoms: ["numbness-tingling"],
        activatedBy: ["Round-shouldered posture", "Carrying a backpack with tight straps", "Breathing mainly with the upper chest"],
        find: "Press through the upper chest muscle below the outer collarbone and push the shoulder forward and down: the thinner muscle beneath tightens.",
        pressTest: "Press for about 10 seconds. If this is the source, the ache spreads into the front of the shoulder and sometimes down the inner arm.",
        treatments: [
          {
            method: "large-ball",
            gentle: true,
            position: "Standing facing a door frame or wall corner, the soft ball below the outer collarbone.",
            technique: "Lean in gently and hold, at or below about 4 out of 10. Move off if tingling runs down the arm.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
          },
          {
            method: "fingers",
            gentle: false,
            position: "Lying on your back with the treated arm relaxed on a pillow.",
            technique: "Press slowly through the chest muscle with the fingertips, just below the outer collarbone, and hold on the tender spot.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
          },
        ],
        followUp: "Stand in a doorway with the forearm high on the frame and gently step through, lifting the chest; hold 30 seconds.",
        cautions: ["chest-and-breast"],
      },
      {
        id: "pectoralis-minor-2",
        name: "Pectoralis minor, point 2 (lower)",
        location: {
          region: "chest",
          landmark: "Lower down, over the third to fifth ribs at the outer part of the chest, reached from under the front fold of the armpit.",
          depth: "deep",
        },
        prevalence: "occasional",
        prevalenceSource: { source: "simons-1999", locator: "ch. 44" },
        referral: [
          { region: "shoulder-front", kind: "essential" },
          { region: "chest", kind: "spillover" },
          { region: "arm-inner", kind: "spillover" },
          { region: "elbow-inner", kind: "spillover" },
          { region: "forearm-volar-ulnar", kind: "spillover" },
          { region: "middle-finger", kind: "spillover" },
          { region: "ring-finger", kind: "spillover" },
          { region: "little-finger", kind: "spillover" },
        ],
        symptoms: ["numbness-tingling"],
        activatedBy: ["Using crutches", "Sleeping on the side with the shoulders curled forward"],
        find:
          "Slide the fingers under the front armpit fold, between the large chest muscle and the ribs, and press toward the ribs. Pushing the shoulder forward tightens the muscle.",
        pressTest:
          "Press for about 10 seconds. If this is the source, the ache spreads into the front of the shoulder and sometimes down the inner arm toward the last three fingers.",
        treatments: [
          {
            method: "fingers",
            gentle: true,
            position: "Sitting or lying on your back with the treated arm relaxed and a little away from the body.",
            technique:
              "Slide the fingertips under the front armpit fold toward the ribs and press softly, at or below about 4 out of 10. Stay at the edge of the armpit, not in its hollow; move off if you feel a pulse or tingling.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
          },
        ],
        followUp: "Lying on your back with a rolled towel along the spine, let both shoulders sink toward the floor for one minute.",
        cautions: ["chest-and-breast", "armpit"],
      },
    ],
  },

  // ---------------------------------------------------------------- subclavius
  {
    id: "subclavius",
    name: "Subclavius",
    about: "A small muscle tucked under the collarbone, joining it to the first rib; it steadies the collarbone and draws it down.",
    evidence:
      "Because it lies beside the nerves and vessels to the arm, a tight subclavius is discussed as a contributor to arm numbness and swelling; these symptoms should first be checked by a clinician.",
    sources: [
      { source: "simons-1999", locator: "ch. 42" },
      { source: "davies-2013", locator: "section on the subclavius" },
    ],
    triggerPoints: [
      {
        id: "subclavius-1",
        name: "Subclavius, point 1",
        location: {
          region: "clavicle",
          landmark: "Under the middle third of the collarbone, on its underside.",
          depth: "deep",
        },
        prevalence: "rare",
        prevalenceSource: { source: "simons-1999", locator: "ch. 42" },
        referral: [
          { region: "clavicle", kind: "essential" },
          { region: "shoulder-front", kind: "essential" },
          { region: "arm-front", kind: "spillover" },
          { region: "forearm-volar-radial", kind: "spillover" },
          { region: "thumb", kind: "spillover" },
          { region: "index-finger", kind: "spillover" },
          { region: "middle-finger", kind: "spillover" },
        ],
        symptoms: ["numbness-tingling"],
        activatedBy: ["Round-shouldered posture", "Carrying heavy bags on the shoulder", "A fall onto the shoulder"],
        find: "Hook your fingertips under the middle of the collarbone, with the shoulder relaxed forward, and press up against the underside of the bone.",
        pressTest: "Press for about 10 seconds. If this is the source, the ache is felt under the collarbone and the front of the shoulder, sometimes down the arm.",
        treatments: [
          {
            method: "fingers",
            gentle: true,
            position: "Sitting with the treated shoulder relaxed and rolled slightly forward.",
            technique:
              "Hook the fingertips under the collarbone and press gently upward against its underside, at or below about 4 out of 10. Stop if tingling or a pulse is felt.",
            dose: { kind: "hold", seconds: 30 },
            painCeiling: 4,
          },
        ],
        followUp: "Roll the shoulders up, back and down slowly ten times, then stand tall and take five slow breaths.",
        cautions: ["chest-and-breast"],
      },
    ],
  },

  // ---------------------------------------------------------------- sternalis
  {
    id: "sternalis",
    name: "Sternalis",
    about: "A thin strap of muscle that lies over the breastbone in only some people; it has no clear job.",
    evidence:
      "The muscle is present in only a minority of people, and deep pain over the breastbone can come from the heart: new or unexplained chest pain must be checked by a doctor first.",
    sources: [
      { source: "simons-1999", locator: "ch. 43" },
      { source: "davies-2013", locator: "section on the sternalis" },
    ],
    triggerPoints: [
      {
        id: "sternalis-1",
        name: "Sternalis, point 1",
        location: {
          region: "sternum",
          landmark: "On the front of the breastbone, usually in its upper or middle part, just off the centre line.",
          depth: "superficial",
        },
        prevalence: "rare",
        prevalenceSource: { source: "simons-1999", locator: "ch. 43" },
        referral: [
          { region: "sternum", kind: "essential" },
          { region: "chest", kind: "spillover" },
          { region: "shoulder-front", kind: "spillover" },
          { region: "arm-inner", kind: "spillover" },
        ],
        symptoms: [],
        activatedBy: ["Heart problems or chest surgery nearby", "Hunched posture"],
        find: "Slide the fingertips slowly up and down over the breastbone, just to one side of the centre, feeling for a tender spot in the thin layer on the bone.",
        pressTest: "Press for about 10 seconds. If this is the source, a deep ache spreads over the breastbone and sometimes the upper chest.",
        treatments: [
          {
            method: "fingers",
            gentle: true,
            position: "Sitting or lying on your back.",
            technique: "Press lightly with the fingertips on the tender spot and make short slow strokes along the bone, at or below about 4 out of 10.",
            dose: { kind: "strokes", count: 10 },
            painCeiling: 4,
          },
        ],
        followUp: "Open the chest by clasping the hands behind the back and take slow breaths for 30 seconds.",
        cautions: ["chest-and-breast"],
      },
    ],
  },
];
