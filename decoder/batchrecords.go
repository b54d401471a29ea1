package decoder

// A batch call that writes many records answers 200 and reports each record that failed in
// its body: Kinesis PutRecords gives FailedRecordCount and, per record, a ShardId and
// SequenceNumber or an ErrorCode and ErrorMessage
// (https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecords.html); Firehose
// PutRecordBatch gives FailedPutCount and a RecordId or an ErrorCode and ErrorMessage
// (https://docs.aws.amazon.com/firehose/latest/APIReference/API_PutRecordBatch.html). A
// record's ErrorCode (ProvisionedThroughputExceededException, ServiceUnavailableException)
// then came inside a 200: the status its service sends the same code with when the whole
// call fails was not this response's.

var (
	mRecordError = mark("ErrorMessage")
	mBatchResult = marks("FailedRecordCount", "FailedPutCount", "ShardId", "RecordId")
)

// batchRecordFailure reports a failed record of a batch call's 200 response: a record's
// ErrorMessage beside the fields only those responses hold.
func (s *signals) batchRecordFailure() bool {
	if len(s.at(mRecordError)) == 0 {
		return false
	}
	for _, id := range mBatchResult {
		if len(s.at(id)) > 0 {
			return true
		}
	}
	return false
}
