export {
  segmentDocument,
  linkHeadlineEnd,
  type SegmentationInput,
  type SegmentationResult,
  type SegmentInfo,
  type SegmentDateline,
} from './segment-document.js';
export {
  parseTimeStamp,
  parseDateline,
  formatPartialDate,
  type PartialDate,
} from './parse-date.js';
