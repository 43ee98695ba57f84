/** One kind of training or daily load, the trigger points it tends to load and how to get moving for it. */
export interface Activity {
  label: string;
  /** The activity inside a sentence, e.g. "upper-body lifting". */
  inWords: string;
  /** Sprints, jumps, swings or heavy lifts: no deep pressure work just before. */
  explosive: boolean;
  /** Key trigger points of the muscles it loads most, by atlas id, most important first. */
  points: readonly string[];
  /** A short dynamic movement that ends the pre-workout routine. */
  warmUpMovement: string;
}

/**
 * Activities a person can pick, with the trigger points of the muscles each loads. The lists are
 * our reading of which muscles do the work; they are starting points for a routine, not a claim
 * that these points are active in everyone who trains this way.
 */
export const ACTIVITIES = {
  running: {
    label: "Running",
    inWords: "running",
    explosive: false,
    points: [
      "soleus-1",
      "gastrocnemius-1",
      "tibialis-anterior-1",
      "gluteus-medius-1",
      "rectus-femoris-2",
      "biceps-femoris-1",
      "tensor-fasciae-latae-1",
      "abductor-hallucis-1",
    ],
    warmUpMovement: "Walk briskly for a minute, then swing each leg forward and back ten times and rise onto your toes ten times.",
  },
  cycling: {
    label: "Cycling",
    inWords: "cycling",
    explosive: false,
    points: [
      "rectus-femoris-2",
      "vastus-lateralis-1",
      "vastus-medialis-1",
      "gluteus-medius-2",
      "tensor-fasciae-latae-1",
      "soleus-1",
      "quadratus-lumborum-superficial-2",
      "trapezius-upper-2",
    ],
    warmUpMovement: "Do ten slow squats to a comfortable depth, then circle each knee and roll the shoulders a few times.",
  },
  "racket-sports": {
    label: "Racket sports",
    inWords: "racket sports",
    explosive: true,
    points: [
      "infraspinatus-1",
      "deltoid-posterior-1",
      "extensor-digitorum-2",
      "extensor-carpi-ulnaris-1",
      "gastrocnemius-1",
      "soleus-1",
      "rectus-femoris-2",
      "gluteus-medius-1",
    ],
    warmUpMovement:
      "Circle the arms forward and back ten times each, make ten easy shadow swings and skip lightly on the spot for thirty seconds.",
  },
  "lifting-upper": {
    label: "Lifting: upper body",
    inWords: "upper-body lifting",
    explosive: true,
    points: [
      "pectoralis-major-sternal-2",
      "deltoid-anterior-1",
      "infraspinatus-1",
      "triceps-brachii-1",
      "latissimus-dorsi-2",
      "rhomboids-1",
      "trapezius-upper-2",
      "deltoid-middle-1",
    ],
    warmUpMovement: "Circle the arms ten times each way, then do ten wall push-ups and a light warm-up set of your first exercise.",
  },
  "lifting-lower": {
    label: "Lifting: lower body",
    inWords: "lower-body lifting",
    explosive: true,
    points: [
      "gluteus-maximus-1",
      "gluteus-medius-1",
      "rectus-femoris-2",
      "vastus-lateralis-1",
      "vastus-medialis-2",
      "adductor-magnus-1",
      "biceps-femoris-1",
      "quadratus-lumborum-superficial-2",
    ],
    warmUpMovement:
      "Do ten body-weight squats, ten hip hinges with hands on the hips and ten leg swings each side, then a light warm-up set.",
  },
  swimming: {
    label: "Swimming",
    inWords: "swimming",
    explosive: false,
    points: [
      "infraspinatus-1",
      "latissimus-dorsi-2",
      "pectoralis-major-sternal-2",
      "deltoid-middle-1",
      "teres-major-1",
      "trapezius-upper-2",
      "levator-scapulae-2",
    ],
    warmUpMovement: "Circle the arms slowly forward and back ten times each and reach each arm overhead five times.",
  },
  walking: {
    label: "Walking and hiking",
    inWords: "walking and hiking",
    explosive: false,
    points: ["soleus-1", "gastrocnemius-1", "tibialis-anterior-1", "gluteus-medius-1", "vastus-medialis-2", "abductor-hallucis-1"],
    warmUpMovement: "Walk slowly for a minute, then circle each ankle and rise onto your toes ten times.",
  },
  "desk-work": {
    label: "Desk work",
    inWords: "desk work",
    explosive: false,
    points: [
      "trapezius-upper-2",
      "levator-scapulae-1",
      "suboccipitals-1",
      "rhomboids-1",
      "pectoralis-major-sternal-2",
      "extensor-digitorum-2",
      "quadratus-lumborum-superficial-2",
      "gluteus-medius-1",
    ],
    warmUpMovement: "Stand up, roll the shoulders back ten times, turn the head slowly to each side and reach both arms overhead.",
  },
} as const satisfies Record<string, Activity>;

/** The id of an activity in `ACTIVITIES`. */
export type ActivityId = keyof typeof ACTIVITIES;

/** Every activity id, in the order offered. */
export const ACTIVITY_IDS = Object.keys(ACTIVITIES) as [ActivityId, ...ActivityId[]];
