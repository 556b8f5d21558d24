# Writer w, batch 03: 주민참여예산 제안, 자원봉사센터 명단·실적.
# Hand-written, invented data. CC0 1.0.

DOCS = [
{"id": "s17-w03-001", "kind": "form", "text": """2026년도 주민참여예산 사업 제안서
제안자 : [[PERSON:금 수 현]] ([[BIRTH_DATE:1989년 2월]]생, 율천동 거주)
주  소 : [[KR_ADDRESS:수원시 장안구 율전로 108번길 22, 3층 301호]]
연락처 : [[PHONE_NUMBER:010-3047-6612]]  전자우편 : [[EMAIL_ADDRESS:soohyun.keum@kakao.com]]
사업명 : 율천동 어린이공원 그늘막 및 음수대 설치
사업위치 : {{place_name:율천 어린이공원}} (율전동 일원)
소요예산 : {{amount:38,000천원}}
제안일 : {{date:2025. 4. 30.}}
※ 공동제안자 : [[PERSON:변 지 영]], [[PERSON:Ahmed Karim]], [[PERSON:임 채 원]]"""},

{"id": "s17-w03-002", "kind": "spreadsheet", "text": """자원봉사 활동실적 확인 (대학생)
순번,성명,학교,학과,학번,봉사일,시간,활동처
1,[[PERSON:나예린]],{{org_name:아주대학교}},사회학과,[[STUDENT_ID:202121478]],{{date:2025-07-19}},4,{{place_name:세류동 임시대피소}}
2,[[PERSON:연성호]],{{org_name:경기대학교}},건축공학과,[[STUDENT_ID:20220913]],{{date:2025-07-19}},6,{{place_name:세류동 임시대피소}}
3,[[PERSON:모하람]],{{org_name:성균관대학교}},글로벌경제학과,[[STUDENT_ID:2023312045]],{{date:2025-07-20}},5,침수세대 가재도구 정리
4,[[PERSON:Bui Thanh Tam]],{{org_name:아주대학교}},IT융합,[[STUDENT_ID:202492117]],{{date:2025-07-20}},5,침수세대 가재도구 정리
※ 1365 누적시간은 익월 {{date:10일}} 일괄 등록"""},

{"id": "s17-w03-003", "kind": "roster", "text": """{{org_name:용인시자원봉사센터}} 정기 봉사단 명단 (급식지원팀)

1. [[PERSON:석 정 애]]   [[BIRTH_DATE:53.04.08]]   [[PHONE_NUMBER:010-5572-3094]]   수지구 상현동
2. [[PERSON:방 미 숙]]   [[BIRTH_DATE:60.12.21]]   [[PHONE_NUMBER:010-2210-8830]]   수지구 성복동
3. [[PERSON:지 금 순]]   [[BIRTH_DATE:49.07.30]]   [[PHONE_NUMBER:031-262-4417]](집)  수지구 풍덕천동
4. [[PERSON:원 동 욱]]   [[BIRTH_DATE:92.01.15]]   [[PHONE_NUMBER:010-9182-0047]]   기흥구 구갈동
팀장: [[PERSON:석정애]] / 담당 코디네이터 [[PERSON:함승연]] ({{public_number:031-286-4100}} 내선 {{extension:213}})
활동: 매주 화·목 {{time:11:00~13:30}} {{place_name:상현동 경로식당}}"""},

{"id": "s17-w03-004", "kind": "email", "text": """제목: [봉사단] 사내 봉사활동 시간 인증 요청 건

안녕하세요, {{org_name:(주)미래바이오텍}} 사회공헌팀 [[PERSON:길하윤]]입니다.
{{date:9월 13일(토)}} 성남시 수해복구 봉사 참여 직원 명단 보내드립니다. 1365 등록 부탁드립니다.

- [[PERSON:소진우]] (사번 [[EMPLOYEE_ID:MB20170342]], [[BIRTH_DATE:1991.06.04]])
- [[PERSON:예지민]] (사번 [[EMPLOYEE_ID:MB20190077]], [[BIRTH_DATE:1994.11.18]])
- [[PERSON:편우석]] (사번 [[EMPLOYEE_ID:MB20210519]], [[BIRTH_DATE:1997.03.02]])

회사 대표번호 {{public_number:031-8017-5500}}, 제 직통은 [[PHONE_NUMBER:031-8017-5523]]입니다.
[[PERSON:길하윤]] 드림 | [[EMAIL_ADDRESS:hayoon.gil@miraebiotech.co.kr]]"""},

{"id": "s17-w03-005", "kind": "minutes", "text": """○○동 주민참여예산 지역회의 회의록
일시 {{date:2025.05.14(수)}} {{time:19:00}} / 장소 {{place_name:행정복지센터 3층 다목적실}}
참석 위원 11명 (명단 별첨), 담당 주무관 [[PERSON:마소윤]]
안건1. 제안사업 적격 심사
 - [[PERSON:금수현]] 위원 제안(그늘막): 공원녹지과 검토결과 사업비 과다 → 1개소로 축소 의견
 - [[PERSON:탁기영]] 위원: "저희 아파트 앞([[KR_ADDRESS:율전동 419-3]]) 보도블럭도 같이 해주면 좋겠다"
 - 위원장 [[PERSON:제 상 철]]: 별건으로 접수 요망
안건2. 차기 회의 {{date:6월 11일}}
기록: [[PERSON:마소윤]]"""},

{"id": "s17-w03-006", "kind": "sms", "text": """[성남시자원봉사센터] [[PERSON:윤서아]] 학생 {{date:08/23}} 봉사 3시간 승인완료. 누적 {{statistic:21시간}}. 학교 제출용 확인서는 1365에서 출력 (학번 [[STUDENT_ID:30417]])"""},

{"id": "s17-w03-007", "kind": "form", "text": """자원봉사자 등록카드
성명 [[PERSON:변 주 원]]      한자 [[PERSON:邊周元]]
생년월일 [[BIRTH_DATE:2008년 09월 17일]] (만 17세)   성별 남
소속 {{org_name:성남외국어고등학교}} 2학년 4반  학번 [[STUDENT_ID:20415]]
보호자 [[PERSON:변 창 호]] (부)  [[PHONE_NUMBER:010-6611-0392]]
본인 연락처 [[PHONE_NUMBER:010-4288-7150]]
주소 [[KR_ADDRESS:성남시 분당구 내정로 55, 파크타운 대림 103동 604호]]
희망분야 ☑ 환경정화 ☐ 급식 ☑ 재난구호
등록일 {{date:2025.03.05}}"""},

{"id": "s17-w03-008", "kind": "chat", "text": """[자봉센터 코디방]
[[PERSON:함승연]]: 내일 침수복구 인원 확정됐어요 총 {{statistic:32명}}
[[PERSON:함승연]]: 차량은 [[KR_CAR_PLATE:73러 4428]] 스타렉스랑 센터 트럭 [[KR_CAR_PLATE:경기 95 바 1033]]
[[PERSON:육지원]]: 개인차량 [[PERSON:길상우]] 님([[KR_CAR_PLATE:168오 5511]]) 유류비 신청한대요
[[PERSON:함승연]]: 넵 유류비 계좌 받아주세요
[[PERSON:육지원]]: 신한 [[BANK_ACCOUNT:110-482-339071]] [[PERSON:길상우]]"""},

{"id": "s17-w03-009", "kind": "list", "text": """주민참여예산위원 위촉 명단 (제7기)
| 번호 | 성명 | 생년월일 | 주소 | 비고 |
|---|---|---|---|---|
| 1 | [[PERSON:제상철]] | [[BIRTH_DATE:1961-08-19]] | [[KR_ADDRESS:수원시 장안구 율전로 87, 112동 1301호]] | 위원장 |
| 2 | [[PERSON:탁기영]] | [[BIRTH_DATE:1970-02-27]] | [[KR_ADDRESS:수원시 장안구 율전동 419-3]] | |
| 3 | [[PERSON:하 주 희]] | [[BIRTH_DATE:1988-12-01]] | [[KR_ADDRESS:수원시 장안구 서부로 2112번길 9, 202호]] | 공모 |
| 4 | [[PERSON:Ahmed Karim]] | [[BIRTH_DATE:1985-05-30]] | [[KR_ADDRESS:수원시 장안구 천천로 22번길 31]] | 외국인 주민 |
임기: {{date:2025.03.01.}} ~ {{date:2027.02.28.}}"""},

{"id": "s17-w03-010", "kind": "letter", "text": """감사장

[[PERSON:도 상 원]] 님

귀하께서는 평소 투철한 봉사정신으로 지역사회 재난 복구와 이웃돕기에 앞장서 왔으며,
특히 {{date:2025년 7월}} 집중호우 당시 침수 피해 세대 복구 활동에 {{statistic:120시간}} 이상 헌신하셨기에
그 공로를 높이 치하하여 이 감사장을 드립니다.

{{date:2025년 12월 5일}}
수원시자원봉사센터장 [[PERSON:엄 경 자]]"""},

{"id": "s17-w03-011", "kind": "spreadsheet", "text": """봉사활동 실비 지급 명단.tsv
성명	주민등록번호	은행	계좌번호	금액
[[PERSON:지금순]]	[[KR_RRN:490730-2******]]	농협	[[BANK_ACCOUNT:207040-56-118822]]	{{amount:60,000}}
[[PERSON:원동욱]]	[[KR_RRN:920115-103882?]]	카카오뱅크	[[BANK_ACCOUNT:3333-08-4471026]]	{{amount:40,000}}
[[PERSON:방미숙]]	[[KR_RRN:601221-217720?]]	우체국	[[BANK_ACCOUNT:012345-02-448912]]	{{amount:60,000}}
합계				{{amount:160,000}}"""},

{"id": "s17-w03-012", "kind": "notice", "text": """[모집] 재난현장 자원봉사자 긴급 모집
- 기간: {{date:2025.7.21.(월)}} ~ {{date:7.25.(금)}}
- 장소: {{place_name:권선구 세류동 일원}}
- 신청: 1365 포털 또는 센터 방문 (문의 {{public_number:031-228-3861}}, {{public_email:volunteer@suwon.or.kr}})
- 준비물: 장화, 장갑, 여벌옷 / 점심 제공
- 학생 봉사자는 학번·학교명 기재 (예: {{format_example:2025123456}})"""},

{"id": "s17-w03-013", "kind": "email", "text": """[[PERSON:엄경자]] 센터장님께,

안녕하세요 {{org_name:수원대학교}} 사회봉사단 간사 [[PERSON:조 한 결]]입니다 (학번 [[STUDENT_ID:21611045]]).
저희 단원 [[PERSON:배수빈]]([[STUDENT_ID:22614120]]), [[PERSON:이가온]]([[STUDENT_ID:23612077]]) 학생이 {{date:8월 2일}} 활동 후 시간이 누락되었다고 해서 확인 부탁드립니다.
연락은 저한테 [[PHONE_NUMBER:010-8290-1147]] 또는 이 메일([[EMAIL_ADDRESS:hangyeol0312@suwon.ac.kr]])로 주세요.
감사합니다."""},

{"id": "s17-w03-014", "kind": "report", "text": """주민참여예산 온라인 투표 이상 접속 점검 결과
점검기간: {{date:2025.06.02}}~{{date:2025.06.15}}
- 동일 IP [[IP_ADDRESS:118.235.14.201]]에서 {{statistic:147표}} 집중 → 확인 결과 {{place_name:정자2동 경로당}} 공용 PC, 정상 판정
- [[IP_ADDRESS:59.10.88.143]] 에서 동일 휴대폰 인증 반복 시도 ({{statistic:22회}}), 인증번호 입력자 K모씨 아님 → 무효 처리
- 투표시스템 {{version:ver 3.1.7}}, 인증모듈 OID {{oid:1.2.410.200004.5.2.1.2}}
담당: 정보통신과 [[PERSON:어 진 혁]] (사번 [[EMPLOYEE_ID:20183305]], [[EMAIL_ADDRESS:eojh@suwon.go.kr]])"""},

{"id": "s17-w03-015", "kind": "form", "text": """봉사활동 확인서
성    명: [[PERSON:Nadia Rahimova]] (나디아 라히모바)
외국인등록번호: [[KR_FRN:010512-8******]]
여권번호: [[KR_PASSPORT:FA2371054]] (UZB)
생년월일: [[BIRTH_DATE:12.05.2001]]
활동기간: {{date:2025.09.01}}~{{date:2025.11.30}} (총 {{statistic:48시간}})
활동내용: 다문화가정 한국어 학습 보조 / {{place_name:용인시가족센터}}
발급번호: {{document_number:제2025-1173호}}"""},

{"id": "s17-w03-016", "kind": "memo", "text": """봉사자 [[PERSON:나예린]] 학생 어머니 전화옴 ({{date:7/24}} 오후)
딸 생일이 [[BIRTH_DATE:2002.10.5]]인데 시스템에 [[BIRTH_DATE:2002.05.10]]으로 잘못 들어가 있다고 함 → 1365 정정 요청함
어머니 [[PERSON:박 성 미]] [[PHONE_NUMBER:010-7722-1094]]"""},

{"id": "s17-w03-017", "kind": "spreadsheet", "text": """참여예산 제안 접수현황 (용인시 기흥구)
접수번호	접수일	제안자	동	연락처	사업명	금액(천원)
{{receipt_number:GH-2025-017}}	{{date:04/02}}	[[PERSON:유 은 비]]	보정동	[[PHONE_NUMBER:010-5526-0017]]	탄천 산책로 가로등	{{amount:45,000}}
{{receipt_number:GH-2025-018}}	{{date:04/03}}	[[PERSON:강이준]]	동백동	[[PHONE_NUMBER:010-3319-5270]]	어린이보호구역 옐로카펫	{{amount:12,000}}
{{receipt_number:GH-2025-019}}	{{date:04/03}}	[[PERSON:설 보 람]]	신갈동	[[PHONE_NUMBER:031-283-9961]]	경로당 안전손잡이	{{amount:8,500}}"""},
]
