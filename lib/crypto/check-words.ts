/**
 * 256 short, plain words for the check code: one byte picks one word. Chosen to be easy to say
 * aloud and hard to mishear, and neutral: nothing here should make a check code awkward to read out.
 */
export const CHECK_WORDS = [
  'acorn', 'actor', 'agent', 'album', 'amber', 'angle', 'apple', 'apron', 'arrow', 'atlas', 'attic', 'award',
  'bacon', 'badge', 'baker', 'bamboo', 'banjo', 'barley', 'basil', 'basket', 'beach', 'beacon', 'bench', 'berry',
  'bison', 'blanket', 'bloom', 'border', 'bottle', 'branch', 'bread', 'brick', 'bridge', 'brook', 'bucket', 'butter',
  'cabin', 'cable', 'cactus', 'camel', 'candle', 'canoe', 'canyon', 'carpet', 'carrot', 'castle', 'cedar', 'cello',
  'chalk', 'cherry', 'chess', 'cider', 'circle', 'clock', 'cloud', 'clover', 'cobalt', 'cocoa', 'comet', 'copper',
  'coral', 'cotton', 'crayon', 'cricket', 'crystal', 'cup', 'daisy', 'delta', 'desert', 'diamond', 'dolphin', 'donkey',
  'dragon', 'drum', 'eagle', 'easel', 'echo', 'elbow', 'ember', 'engine', 'falcon', 'feather', 'fern', 'fiddle',
  'field', 'fig', 'flute', 'forest', 'fossil', 'fountain', 'fox', 'galaxy', 'garden', 'garlic', 'gecko', 'ginger',
  'glacier', 'globe', 'goose', 'granite', 'grape', 'gravel', 'guitar', 'hammer', 'harbor', 'harp', 'hazel', 'helmet',
  'heron', 'hill', 'honey', 'horizon', 'iceberg', 'igloo', 'island', 'ivory', 'jacket', 'jaguar', 'jasmine', 'jelly',
  'jigsaw', 'jungle', 'kayak', 'kettle', 'kitten', 'koala', 'ladder', 'lagoon', 'lantern', 'lemon', 'lentil', 'letter',
  'lilac', 'lily', 'lion', 'lizard', 'llama', 'lobster', 'locket', 'lotus', 'magnet', 'mango', 'maple', 'marble',
  'meadow', 'melon', 'mirror', 'mitten', 'monkey', 'moss', 'mountain', 'muffin', 'napkin', 'nectar', 'needle', 'nest',
  'noodle', 'nutmeg', 'oak', 'oasis', 'ocean', 'olive', 'onion', 'orange', 'orbit', 'otter', 'owl', 'paddle',
  'panda', 'paper', 'parrot', 'pebble', 'pencil', 'pepper', 'piano', 'pickle', 'pigeon', 'pillow', 'planet', 'plum',
  'pocket', 'pony', 'poppy', 'potato', 'pumpkin', 'puzzle', 'quartz', 'quill', 'rabbit', 'radio', 'raft', 'rain',
  'raven', 'ribbon', 'river', 'robin', 'rocket', 'saddle', 'salmon', 'sandal', 'saturn', 'scarf', 'shell', 'silver',
  'sketch', 'sled', 'snail', 'socket', 'spoon', 'spruce', 'squash', 'stamp', 'star', 'stone', 'sugar', 'summit',
  'sunset', 'swan', 'table', 'tango', 'teapot', 'thistle', 'thunder', 'tiger', 'timber', 'toast', 'tomato', 'topaz',
  'tractor', 'tulip', 'tunnel', 'turtle', 'umbrella', 'unicorn', 'valley', 'vanilla', 'velvet', 'violin', 'volcano', 'wagon',
  'walnut', 'walrus', 'wave', 'whistle', 'willow', 'window', 'winter', 'wizard', 'wolf', 'yarn', 'yogurt', 'zebra',
  'zinc', 'zipper', 'basin', 'marsh',
] as const;
