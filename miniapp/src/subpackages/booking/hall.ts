/** The district hall (区政务服务中心): item and theme pages name their category there. */
export const DISTRICT_HALL_CODE = 'SZ-HALL';
